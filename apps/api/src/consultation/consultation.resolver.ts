import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  contractualNoticeWeeks,
  type AppealResult,
  DisclosureItem,
  IndividualOutcome,
  MeetingKind,
  PlanDates,
  ProtectedCharacteristic,
  TuEngagementKind,
} from '@orgledger/domain';
import { programmeScope } from '../platform/access';
import { APP_CONTEXT, metaFor, type AppContext, type AuthUser } from '../platform/app-context';
import { CurrentUser, Roles } from '../platform/current-user';
import { derivedUuid } from '../platform/ids';
import { draftConsultationPlan, launchConsultation, planScope, reviseConsultationPlan, runConsultation } from './consultation.commands';
import { consultationPlanOf, planRows } from './consultation.read';
import * as gql from './consultation.graphql';
import * as law from './consultation.law-inputs';
import { Read, type ReadSide } from '../platform/read-side';
import { postModel } from '../establishment';
import { policyInForceFor } from '../policy';

const READERS = ['tenant_admin', 'consultant', 'auditor', 'hr_partner'] as const;
const PLANNERS = ['tenant_admin', 'consultant'] as const;
// The council's HR business partner records what happens in consultation through the portal.
const PARTICIPANTS = ['tenant_admin', 'consultant', 'hr_partner'] as const;

const datesOf = (input: gql.PlanDatesInput | null | undefined): Partial<PlanDates> =>
  Object.fromEntries(Object.entries(input ?? {}).filter(([, v]) => v !== undefined)) as Partial<PlanDates>;

@Resolver()
export class ConsultationResolver {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  private plan(read: ReadSide, user: AuthUser, planId: string) {
    return planScope(read, user.tenantId, planId, (programmeId) => programmeScope(read, user, programmeId));
  }

  // Records one fact on a plan and answers with the plan as it now stands.
  private async record(
    read: ReadSide,
    user: AuthUser,
    input: gql.PlanCommandInput,
    command: Parameters<typeof runConsultation>[3],
    expectedRevision?: number | null,
  ) {
    const scope = this.plan(read, user, input.planId);
    await runConsultation(this.app, metaFor(user, input), scope, command, expectedRevision);
    return consultationPlanOf(read, user.tenantId, scope.planId);
  }

  @Query(() => [gql.ConsultationPlanView], { description: 'The consultation plans of a programme' })
  @Roles(...READERS)
  async consultationPlans(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('programmeId', { type: () => ID }) programmeId: string) {
    const scope = programmeScope(read, user, programmeId);
    return Promise.all(planRows(read, user.tenantId, scope.programmeId).map((r) => consultationPlanOf(read, user.tenantId, r.planId)));
  }

  @Query(() => gql.ConsultationPlanView, {
    description: 'A plan with its statutory figures, warnings, disclosures, logs, timeline, exposure and equality profile',
  })
  @Roles(...READERS)
  consultationPlan(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('planId', { type: () => ID }) planId: string) {
    return consultationPlanOf(read, user.tenantId, this.plan(read, user, planId).planId);
  }

  @Mutation(() => gql.ConsultationPlanView, { description: 'Drafts a plan; the affected people come from the transition map' })
  @Roles(...PLANNERS)
  async draftConsultationPlan(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: gql.DraftConsultationPlanInput) {
    const scope = programmeScope(read, user, input.programmeId);
    const { title, establishment, proposedDismissals, recognisedUnions } = input;
    const planId = await draftConsultationPlan(this.app, metaFor(user, input), scope, {
      title,
      establishment,
      proposedDismissals,
      recognisedUnions,
      dates: datesOf(input.dates) as never,
    });
    return consultationPlanOf(read, user.tenantId, planId);
  }

  @Mutation(() => gql.ConsultationPlanView)
  @Roles(...PLANNERS)
  async reviseConsultationPlan(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: gql.ReviseConsultationPlanInput) {
    const scope = this.plan(read, user, input.planId);
    const { title, establishment, proposedDismissals, recognisedUnions } = input;
    await reviseConsultationPlan(this.app, metaFor(user, input), scope, { title, establishment, proposedDismissals, recognisedUnions });
    return consultationPlanOf(read, user.tenantId, scope.planId);
  }

  @Mutation(() => gql.ConsultationPlanView, { description: 'Moves plan dates; a plan that breaks a rule is saved as a draft with its warnings' })
  @Roles(...PLANNERS)
  planConsultationDates(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: gql.PlanConsultationDatesInput) {
    return this.record(read, user, input, { type: 'PlanConsultationDates', data: { dates: datesOf(input.dates) } }, input.expectedRevision);
  }

  @Mutation(() => gql.ConsultationPlanView, { description: 'Records the day an s.188(4) item was given in writing to the recognised unions' })
  @Roles(...PARTICIPANTS)
  recordDisclosure(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: gql.RecordDisclosureInput) {
    return this.record(read, user, input, {
      type: 'RecordDisclosure',
      data: { item: input.item as DisclosureItem, givenOn: input.givenOn, documentRef: input.documentRef },
    });
  }

  @Mutation(() => gql.ConsultationPlanView)
  @Roles(...PARTICIPANTS)
  logTradeUnionEngagement(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: gql.LogTradeUnionEngagementInput) {
    const meta = metaFor(user, input);
    const entryId = derivedUuid(meta.commandId, 'tu-entry');
    const scope = this.plan(read, user, input.planId);
    return runConsultation(this.app, meta, scope, {
      type: 'LogTradeUnionEngagement',
      data: { entryId, date: input.date, kind: input.kind as TuEngagementKind, unions: input.unions, summary: input.summary },
    }).then(() => consultationPlanOf(read, user.tenantId, scope.planId));
  }

  @Mutation(() => gql.ConsultationPlanView)
  @Roles(...PARTICIPANTS)
  recordIndividualMeeting(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: gql.RecordIndividualMeetingInput) {
    const meta = metaFor(user, input);
    const scope = this.plan(read, user, input.planId);
    const data = {
      postId: input.postId,
      meetingId: derivedUuid(meta.commandId, 'meeting'),
      date: input.date,
      kind: input.kind as MeetingKind,
      note: input.note,
    };
    return runConsultation(this.app, meta, scope, { type: 'RecordIndividualMeeting', data }).then(() => consultationPlanOf(read, user.tenantId, scope.planId));
  }

  @Mutation(() => gql.ConsultationPlanView)
  @Roles(...PARTICIPANTS)
  recordIndividualOutcome(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: gql.RecordIndividualOutcomeInput) {
    return this.record(read, user, input, {
      type: 'RecordIndividualOutcome',
      data: { postId: input.postId, outcome: input.outcome as IndividualOutcome, decidedOn: input.decidedOn },
    });
  }

  @Mutation(() => gql.ConsultationPlanView)
  @Roles(...PARTICIPANTS)
  recordIndividualAppeal(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: gql.RecordIndividualAppealInput) {
    const { postId, lodgedOn, decidedOn } = input;
    return this.record(read, user, input, {
      type: 'RecordIndividualAppeal',
      data: { postId, lodgedOn, result: input.result as AppealResult, decidedOn: decidedOn ?? null },
    });
  }

  @Mutation(() => gql.ConsultationPlanView)
  @Roles(...PARTICIPANTS)
  recordEqualityImpactAssessment(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: gql.RecordEqualityImpactAssessmentInput) {
    const { documentRef, assessedOn, findings } = input;
    return this.record(read, user, input, { type: 'RecordEqualityImpactAssessment', data: { documentRef, assessedOn, findings } });
  }

  @Mutation(() => gql.ConsultationPlanView, { description: 'Imports or enters protected characteristics of affected people (pseudonymous, by post)' })
  @Roles(...PARTICIPANTS)
  recordProtectedCharacteristics(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: gql.RecordProtectedCharacteristicsInput) {
    const byPost = new Map<string, Partial<Record<ProtectedCharacteristic, string>>>();
    for (const e of input.entries) byPost.set(e.postId, { ...byPost.get(e.postId), [e.characteristic]: e.category });
    const entries = [...byPost].map(([postId, characteristics]) => ({ postId, characteristics }));
    return this.record(read, user, input, { type: 'RecordProtectedCharacteristics', data: { entries } });
  }

  @Mutation(() => gql.ConsultationPlanView, { description: 'Records continuous service and contractual notice of affected people (ERA 1996 s.86)' })
  @Roles(...PARTICIPANTS)
  async recordContinuousService(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: law.RecordContinuousServiceInput) {
    // Contractual notice left empty is the council's, by the post's grade, from its own policy pack
    // in force today; recorded with the service, as the contract stands. No pack: still unknown.
    const scope = this.plan(read, user, input.planId);
    const policy = await policyInForceFor(this.app, user.tenantId, scope.authorityId, new Date().toISOString().slice(0, 10));
    const noticeOf = (postId: string) => {
      const grade = read.readModels.get(postModel, user.tenantId, postId)?.grade;
      return grade && policy.origin === 'council' ? contractualNoticeWeeks(policy.pack, grade) : null;
    };
    const entries = input.entries.map((e) => ({
      postId: e.postId,
      serviceStart: e.serviceStart,
      contractualNoticeWeeks: e.contractualNoticeWeeks ?? noticeOf(e.postId),
    }));
    return this.record(read, user, input, { type: 'RecordContinuousService', data: { entries } });
  }

  @Mutation(() => gql.ConsultationPlanView, { description: 'Records the election of employee representatives where no union is recognised (TULRCA s.188A)' })
  @Roles(...PLANNERS)
  electEmployeeRepresentatives(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: law.ElectEmployeeRepresentativesInput) {
    const { electedOn, termEndsOn, fairArrangements, allAffectedCouldVote, secretBallot } = input;
    const representatives = input.representatives.map((r) => ({ postId: r.postId, represents: r.represents }));
    return this.record(read, user, input, {
      type: 'ElectEmployeeRepresentatives',
      data: { electedOn, termEndsOn, representatives, fairArrangements, allAffectedCouldVote, secretBallot },
    });
  }

  @Mutation(() => gql.ConsultationPlanView, {
    description: 'Launches consultation: refused until the Design Authority gate is open and the plan breaks no rule',
  })
  @Roles(...PLANNERS)
  async launchConsultation(@Read() read: ReadSide, @CurrentUser() user: AuthUser, @Args('input') input: gql.LaunchConsultationInput) {
    const scope = this.plan(read, user, input.planId);
    await launchConsultation(this.app, metaFor(user, input), scope);
    return consultationPlanOf(read, user.tenantId, scope.planId);
  }
}
