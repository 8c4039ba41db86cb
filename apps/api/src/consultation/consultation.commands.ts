import {
  CONSULTATION_STREAM_CATEGORY,
  consultationDecider,
  designAuthorityDecider,
  requireId,
  type AffectedPerson,
  type CommandMetadata,
  type ConsultationCommand,
  type Placement,
  type PostReassignment,
} from '@orgledger/domain';
import { notFound } from '../platform/api-errors';
import { scpPayOn, type CivilDate } from '@orgledger/reference-data';
import { streamName } from '@orgledger/event-store';
import { designAuthorityStream } from '../design-authority';
import { type PostReadRow, postModel } from '../establishment';
import { reassignmentsRow } from '../reassignments';
import { costingTablesOf } from '../reference-data';
import type { AppContext } from '../platform/app-context';
import type { ReadSide } from '../platform/read-side';
import { derivedUuid } from '../platform/ids';
import { loadState } from '../platform/load-state';
import { consultationPlanModel } from './consultation.projector';
import { affectedTermsOf, otherProposals } from './consultation.law';
import { commandHandler, type Undated } from '../platform/command-handler';

export const consultationStream = (tenantId: string, programmeId: string, planId: string) =>
  streamName(CONSULTATION_STREAM_CATEGORY, tenantId, `${programmeId}.${planId}`);

type Scope = { programmeId: string; authorityId: string };

// One stream per consultation plan.
export class ConsultationHandler extends commandHandler(consultationDecider, (command: ConsultationCommand, at: Scope & { planId: string }) =>
  consultationStream(command.metadata.tenantId, at.programmeId, at.planId),
) {}

const placementOf = (r: PostReassignment): Placement => {
  if (r.route === 'redeployment' || r.outcome === 'redeployment') return 'redeployed';
  return r.route && ['slotted_in', 'appointed', 'on_trial', 'confirmed'].includes(r.outcome) ? 'slotted' : null;
};

// Gross annual pay from the establishment: the post's SCP on the pay table in force, pro rata to
// FTE (rounded down to the penny); the budgeted cost where the post has no usable SCP.
const annualPayOf = (post: PostReadRow, tables: Awaited<ReturnType<typeof costingTablesOf>>['tables'], on: CivilDate): number => {
  if (post.scp !== null) {
    for (const spine of [tables.localPayPoints, tables.paySpine]) {
      try {
        return Math.floor((scpPayOn(spine, post.scp, on).pence * post.fte) / 1000);
      } catch {
        // not on this table: try the next, then fall back to the budget
      }
    }
  }
  return post.budgetedAnnualCostPence;
};

// The people affected: every filled as-is post with a decision in the transition map.
export const affectedPeople = async (app: AppContext, tenantId: string, scope: Scope, on: CivilDate): Promise<AffectedPerson[]> => {
  const { state } = reassignmentsRow(app, tenantId, scope.programmeId);
  const posts = new Map(app.readModels.list(postModel, tenantId, scope.authorityId).map((p) => [p.postId, p]));
  const { tables } = await costingTablesOf(app, tenantId, scope.authorityId);
  return Object.values(state.posts)
    .filter((r) => r.outcome !== 'none' && r.outcome !== 'vacancy_released' && posts.get(r.postId)?.postholderRef)
    .map((r) => {
      const post = posts.get(r.postId)!;
      return {
        postId: r.postId,
        postReference: post.reference,
        postholderRef: post.postholderRef!,
        annualPayPence: annualPayOf(post, tables, on),
        atRisk: r.outcome === 'not_appointed' || r.history.some((h) => h.type === 'PostholderAtRisk'),
        placement: placementOf(r),
      };
    })
    .sort((a, b) => a.postReference.localeCompare(b.postReference, 'en-GB', { numeric: true }));
};

export type PlanRow = { planId: string; programmeId: string };

// Another tenant's plan, or one in a programme this user cannot see, answers like an unknown one.
export const planScope = (
  read: Pick<ReadSide, 'readModels'>,
  tenantId: string,
  planId: string,
  visible: (programmeId: string) => Scope,
): Scope & { planId: string } => {
  const id = requireId('planId', planId);
  const row = read.readModels.get(consultationPlanModel, tenantId, id);
  const missing = () => notFound('CONSULTATION_PLAN_NOT_FOUND', `There is no consultation plan with id ${id}.`);
  if (!row) throw missing();
  try {
    return { ...visible(row.programmeId), planId: id };
  } catch {
    throw missing();
  }
};

export const runConsultation = (
  app: AppContext,
  meta: CommandMetadata,
  scope: Scope & { planId: string },
  command: Undated<ConsultationCommand>,
  expectedRevision?: number | null,
) =>
  app.send(
    ConsultationHandler,
    { ...command, metadata: meta },
    {
      ...scope,
      ...(expectedRevision !== undefined && expectedRevision !== null ? { expectedRevision: BigInt(expectedRevision) } : {}),
    },
  );

export const draftConsultationPlan = async (
  app: AppContext,
  meta: CommandMetadata,
  scope: Scope,
  input: { title: string; establishment: string; proposedDismissals: number; recognisedUnions: string[]; dates: Record<string, string | null> },
) => {
  const planId = derivedUuid(meta.commandId, 'consultation-plan');
  const affected = await affectedPeople(app, meta.tenantId, scope, meta.now.slice(0, 10));
  const terms = affectedTermsOf(app, meta.tenantId, scope, affected);
  await runConsultation(
    app,
    meta,
    { ...scope, planId },
    {
      type: 'DraftConsultationPlan',
      data: { planId, programmeId: scope.programmeId, ...input, affected, terms },
    },
  );
  return planId;
};

export const reviseConsultationPlan = async (
  app: AppContext,
  meta: CommandMetadata,
  scope: Scope & { planId: string },
  input: { title: string; establishment: string; proposedDismissals: number; recognisedUnions: string[] },
) => {
  const affected = await affectedPeople(app, meta.tenantId, scope, meta.now.slice(0, 10));
  const terms = affectedTermsOf(app, meta.tenantId, scope, affected);
  await runConsultation(app, meta, scope, { type: 'ReviseConsultationPlan', data: { ...input, affected, terms } });
};

// The gate is read from the programme's Design Authority stream as it stands, not from a screen.
export const launchConsultation = async (app: AppContext, meta: CommandMetadata, scope: Scope & { planId: string }) => {
  const designAuthority = await loadState(app.store, designAuthorityStream(meta.tenantId, scope.programmeId), designAuthorityDecider);
  const others = otherProposals(app, meta.tenantId, scope.planId);
  await runConsultation(app, meta, scope, { type: 'LaunchConsultation', data: { designAuthority, others } });
};
