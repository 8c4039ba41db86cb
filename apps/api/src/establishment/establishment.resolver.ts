import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireId } from '@orgledger/domain';
import { notFound } from '../platform/api-errors';
import { visibleAuthority } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import { addPost, importPosts, removePost, updatePost } from './establishment.commands';
import { AddPostInput, ImportResult, ImportSheetInput, Post, RemovePostInput, UpdatePostInput, type PostFieldsInput } from './establishment.graphql';
import { postModel, type PostReadRow } from './establishment.projector';
import { visiblePosts } from './establishment.read';
import { Read, type ReadSide } from '../platform/read-side';

const fieldsOf = (i: PostFieldsInput) => ({
  reference: i.reference,
  serviceId: requireId('serviceId', i.serviceId),
  title: i.title,
  grade: i.grade,
  scp: i.scp ?? null,
  fte: i.fte,
  postholderRef: i.postholderRef ?? null,
  vacant: i.vacant,
  budgetedAnnualCostPence: i.budgetedAnnualCostPence,
});

@Resolver(() => Post)
export class EstablishmentResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private toPosts(read: ReadSide, user: AuthUser, rows: PostReadRow[]): Post[] {
    if (!rows.length) return [];
    const services = new Map(visibleAuthority(read, user, rows[0].authorityId).services.map((s) => [s.id, s.name]));
    return rows
      .map((p) => ({ ...p, id: p.postId, serviceName: services.get(p.serviceId) ?? '' }))
      .sort((a, b) => a.reference.localeCompare(b.reference, 'en-GB', { numeric: true }));
  }

  private postOr404(read: ReadSide, user: AuthUser, authorityId: string, postId: string): Post {
    const row = read.readModels.get(postModel, user.tenantId, postId);
    if (!row || row.authorityId !== authorityId) throw notFound('POST_NOT_FOUND', `There is no post with id ${postId}.`);
    return this.toPosts(read, user, [row])[0];
  }

  @Query(() => [Post], { description: 'The as-is posts of an authority; a service director sees only their own service' })
  posts(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('authorityId', { type: () => ID }) authorityId: string,
    @Args('serviceId', { type: () => ID, nullable: true }) serviceId?: string,
  ): Post[] {
    return this.toPosts(read, user, visiblePosts(read, user, authorityId, serviceId));
  }

  @Mutation(() => Post)
  @Roles('tenant_admin', 'consultant')
  async addPost(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: AddPostInput): Promise<Post> {
    const { authorityId } = visibleAuthority(read, user, input.authorityId);
    const postId = await addPost(this.app, metaFor(user, input), authorityId, fieldsOf(input));
    return this.postOr404(read, user, authorityId, postId);
  }

  @Mutation(() => Post)
  @Roles('tenant_admin', 'consultant')
  async updatePost(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: UpdatePostInput): Promise<Post> {
    const { authorityId } = visibleAuthority(read, user, input.authorityId);
    const postId = requireId('postId', input.postId);
    await updatePost(this.app, metaFor(user, input), authorityId, { postId, ...fieldsOf(input) });
    return this.postOr404(read, user, authorityId, postId);
  }

  @Mutation(() => ID)
  @Roles('tenant_admin', 'consultant')
  async removePost(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RemovePostInput): Promise<string> {
    const { authorityId } = visibleAuthority(read, user, input.authorityId);
    return removePost(this.app, metaFor(user, input), authorityId, requireId('postId', input.postId));
  }

  @Mutation(() => ImportResult, { description: 'Imports posts from .xlsx or .csv: every row is accepted or none is' })
  @Roles('tenant_admin', 'consultant')
  async importPosts(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: ImportSheetInput): Promise<ImportResult> {
    const { authorityId } = visibleAuthority(read, user, input.authorityId);
    return importPosts(this.app, metaFor(user, input), { ...input, authorityId });
  }
}
