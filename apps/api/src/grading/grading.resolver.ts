import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { programmeScope, visibleAuthority } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import {
  approveJobDescription,
  approveJobEvaluation,
  draftJobDescription,
  gradeStructuresOf,
  recordJobEvaluation,
  requestJobDescriptionChanges,
  setGradeStructure,
} from './grading.commands';
import {
  ApproveJobDescriptionInput,
  ApproveJobEvaluationInput,
  DraftJobDescriptionInput,
  GradeStructureView,
  PostGradingView,
  RecordJobEvaluationInput,
  RequestJobDescriptionChangesInput,
  SetGradeStructureInput,
  type DesignPostCommandInput,
} from './grading.graphql';
import { postGradingOf } from './grading.read';
import { Read, type ReadSide } from '../platform/read-side';

// Consultants draft and record; the council's HR partner signs off in the portal (the domain
// checks it is that council's). Auditors and everyone else read only.
const AUTHORS = ['tenant_admin', 'consultant', 'hr_partner'] as const;

@Resolver()
export class GradingResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private async post(
    read: ReadSide,
    user: AuthUser,
    input: DesignPostCommandInput,
    act: (scope: { programmeId: string; authorityId: string }) => Promise<string>,
  ) {
    const scope = programmeScope(read, user, input.programmeId);
    const designPostId = await act(scope);
    return postGradingOf(read, user.tenantId, scope.programmeId).find((p) => p.designPostId === designPostId)!;
  }

  @Query(() => [GradeStructureView], { description: "Every version of a council's grade structure, by effective date" })
  async gradeStructures(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('authorityId', { type: () => ID }) authorityId: string) {
    return gradeStructuresOf(read, user.tenantId, visibleAuthority(read, user, authorityId).authorityId);
  }

  @Query(() => [PostGradingView], { description: 'Each post of the chosen design option: JD, job evaluation, grade and what comes next' })
  postGrading(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('programmeId', { type: () => ID }) programmeId: string): PostGradingView[] {
    return postGradingOf(read, user.tenantId, programmeScope(read, user, programmeId).programmeId);
  }

  @Mutation(() => [GradeStructureView], { description: "Sets a council's grades and their SCP ranges from a date" })
  @Roles(...AUTHORS)
  async setGradeStructure(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: SetGradeStructureInput) {
    const authorityId = visibleAuthority(read, user, input.authorityId).authorityId;
    const grades = input.grades.map(({ grade, minScp, maxScp }) => ({ grade, minScp, maxScp }));
    await setGradeStructure(this.app, metaFor(user, input), { authorityId, effectiveFrom: input.effectiveFrom, grades, actorAuthorityId: user.authorityId });
    return gradeStructuresOf(read, user.tenantId, authorityId);
  }

  @Mutation(() => PostGradingView, { description: 'Drafts the job description of a design post; a changed text is a new version' })
  @Roles(...AUTHORS)
  draftJobDescription(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: DraftJobDescriptionInput) {
    const content = {
      purpose: input.purpose,
      accountabilities: input.accountabilities,
      personSpecification: { essential: input.essentialCriteria, desirable: input.desirableCriteria ?? [] },
    };
    return this.post(read, user, input, (scope) =>
      draftJobDescription(this.app, metaFor(user, input), scope, { actorAuthorityId: user.authorityId }, input.designPostId, content),
    );
  }

  @Mutation(() => PostGradingView, { description: "The council's HR partner approves the latest version" })
  @Roles('hr_partner')
  approveJobDescription(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: ApproveJobDescriptionInput) {
    return this.post(read, user, input, (scope) =>
      approveJobDescription(this.app, metaFor(user, input), scope, { actorAuthorityId: user.authorityId }, input.designPostId, input.version),
    );
  }

  @Mutation(() => PostGradingView, { description: "The council's HR partner asks for changes to the latest version" })
  @Roles('hr_partner')
  requestJobDescriptionChanges(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RequestJobDescriptionChangesInput) {
    return this.post(read, user, input, (scope) =>
      requestJobDescriptionChanges(this.app, metaFor(user, input), scope, { actorAuthorityId: user.authorityId }, input.designPostId, {
        version: input.version,
        note: input.note,
      }),
    );
  }

  @Mutation(() => PostGradingView, { description: "Records the job evaluation panel's result for the latest JD" })
  @Roles(...AUTHORS)
  recordJobEvaluation(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: RecordJobEvaluationInput) {
    const { scheme, score, panelDate, moderated, resultingGrade } = input;
    return this.post(read, user, input, (scope) =>
      recordJobEvaluation(this.app, metaFor(user, input), scope, { actorAuthorityId: user.authorityId }, input.designPostId, {
        scheme,
        score,
        panelDate,
        moderated,
        resultingGrade,
      }),
    );
  }

  @Mutation(() => PostGradingView, { description: "The council's HR partner approves the moderated evaluation" })
  @Roles('hr_partner')
  approveJobEvaluation(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: ApproveJobEvaluationInput) {
    return this.post(read, user, input, (scope) =>
      approveJobEvaluation(this.app, metaFor(user, input), scope, { actorAuthorityId: user.authorityId }, input.designPostId),
    );
  }
}
