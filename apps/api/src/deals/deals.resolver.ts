import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { negotiationHistory, requireId, type DealTerms, type DealHistoryEvent } from '@orgledger/domain';
import { visibleProgramme } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import { Read, type ReadSide } from '../platform/read-side';
import { actOnDeal, addDealNote, dealsStream, proposeFteDeal, type DealAction, type DealScope } from './deals.commands';
import { AddDealNoteInput, DealOfferInput, DealStepInput, FteDeal, NegotiationStepView, ProposeFteDealInput, type DealTermsInput } from './deals.graphql';
import { toDeal, visibleDeal, visibleDeals } from './deals.read';

const terms = (t: DealTermsInput): DealTerms => ({
  sourcePosts: t.sourcePosts.map((s) => ({ postId: requireId('postId', s.postId), fte: s.fte })),
  budget: t.budget.map((b) => ({ financialYear: b.financialYear, pence: b.pence })),
  effectiveDate: t.effectiveDate,
  linkedChange: t.linkedChange,
  rationale: t.rationale,
});

const NEGOTIATORS = ['tenant_admin', 'consultant', 'service_director'] as const;

@Resolver(() => FteDeal)
export class DealsResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  @Query(() => [FteDeal], { description: "A programme's FTE deals; a service director sees their own service's only" })
  fteDeals(
    @Read() read: ReadSide,
    @CurrentUser() user: AuthUser,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('serviceId', { type: () => ID, nullable: true }) serviceId?: string,
  ): FteDeal[] {
    return visibleDeals(read, user, programmeId, serviceId).map((row) => toDeal(read, user, row));
  }

  @Query(() => FteDeal)
  fteDeal(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): FteDeal {
    return toDeal(read, user, visibleDeal(read, user, requireId('id', id)));
  }

  // The negotiation as it happened: who offered what, when and why.
  @ResolveField(() => [NegotiationStepView])
  async history(@Parent() deal: FteDeal, @Read() read: ReadSide, @CurrentUser() user: AuthUser): Promise<NegotiationStepView[]> {
    const stream = await read.store.readStream(dealsStream(user.tenantId, deal.programmeId, deal.serviceId));
    // notes are no step of the negotiation (the deal's `notes` lists them); steps[i] is events[i]
    const events = stream.filter((e) => e.data.dealId === deal.id && e.type !== 'DealNoteAdded');
    const steps = negotiationHistory(
      events.map((e) => ({ type: e.type, data: e.data, at: e.metadata.occurredAt }) as DealHistoryEvent),
      deal.id,
    );
    return steps.map((s, i) => ({
      ...s,
      side: s.side as NegotiationStepView['side'],
      actorName: events[i].metadata.actor.displayName,
      actorRole: events[i].metadata.actor.role,
    }));
  }

  // A change to an existing deal: the deal must be visible to the user, in their tenant.
  private async onDeal(read: ReadSide, user: AuthUser, dealId: string, act: (scope: DealScope, dealId: string) => Promise<unknown>): Promise<FteDeal> {
    const row = visibleDeal(read, user, requireId('dealId', dealId));
    const programme = visibleProgramme(read, user, row.programmeId);
    await act({ programmeId: programme.programmeId, authorityId: programme.authorityId, serviceId: row.serviceId }, row.dealId);
    return this.fteDeal(read, user, row.dealId);
  }

  private step(read: ReadSide, user: AuthUser, input: DealStepInput, action: DealAction): Promise<FteDeal> {
    return this.onDeal(read, user, input.dealId, (scope) =>
      actOnDeal(this.app, metaFor(user, input), scope, { ...input, actorServiceId: user.serviceId }, action),
    );
  }

  @Mutation(() => FteDeal, { description: 'The programme side opens a negotiation with one service' })
  @Roles('tenant_admin', 'consultant')
  async proposeFteDeal(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: ProposeFteDealInput): Promise<FteDeal> {
    const programme = visibleProgramme(read, user, input.programmeId);
    const scope = { programmeId: programme.programmeId, authorityId: programme.authorityId, serviceId: requireId('serviceId', input.serviceId) };
    const dealId = await proposeFteDeal(this.app, metaFor(user, input), scope, terms(input.terms), user.serviceId);
    return this.fteDeal(read, user, dealId);
  }

  @Mutation(() => FteDeal)
  @Roles(...NEGOTIATORS)
  counterFteDeal(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: DealOfferInput) {
    return this.step(read, user, input, { type: 'CounterFteDeal', terms: terms(input.terms), reason: input.reason ?? '' });
  }

  @Mutation(() => FteDeal, { description: "Accepts the other side's latest offer" })
  @Roles(...NEGOTIATORS)
  agreeFteDeal(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: DealStepInput) {
    return this.step(read, user, input, { type: 'AgreeFteDeal', reason: input.reason });
  }

  @Mutation(() => FteDeal)
  @Roles(...NEGOTIATORS)
  rejectFteDeal(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: DealStepInput) {
    return this.step(read, user, input, { type: 'RejectFteDeal', reason: input.reason ?? '' });
  }

  @Mutation(() => FteDeal)
  @Roles('tenant_admin', 'consultant')
  withdrawFteDeal(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: DealStepInput) {
    return this.step(read, user, input, { type: 'WithdrawFteDeal', reason: input.reason ?? '' });
  }

  @Mutation(() => FteDeal, { description: 'A note on the deal, kept with who wrote it and when; it changes no terms' })
  @Roles(...NEGOTIATORS)
  addDealNote(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: AddDealNoteInput) {
    const note = (scope: DealScope, dealId: string) =>
      addDealNote(this.app, metaFor(user, input), scope, { dealId, text: input.text, actorServiceId: user.serviceId });
    return this.onDeal(read, user, input.dealId, note);
  }

  @Mutation(() => FteDeal, { description: 'Proposes new terms for an agreed deal; the agreed terms stay in force until it is agreed' })
  @Roles(...NEGOTIATORS)
  proposeFteDealAmendment(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: DealOfferInput) {
    return this.step(read, user, input, { type: 'ProposeFteDealAmendment', terms: terms(input.terms), reason: input.reason ?? '' });
  }

  @Mutation(() => FteDeal)
  @Roles(...NEGOTIATORS)
  counterFteDealAmendment(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: DealOfferInput) {
    return this.step(read, user, input, { type: 'CounterFteDealAmendment', terms: terms(input.terms), reason: input.reason ?? '' });
  }

  @Mutation(() => FteDeal)
  @Roles(...NEGOTIATORS)
  agreeFteDealAmendment(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: DealStepInput) {
    return this.step(read, user, input, { type: 'AgreeFteDealAmendment', reason: input.reason });
  }

  @Mutation(() => FteDeal)
  @Roles(...NEGOTIATORS)
  rejectFteDealAmendment(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: DealStepInput) {
    return this.step(read, user, input, { type: 'RejectFteDealAmendment', reason: input.reason ?? '' });
  }
}
