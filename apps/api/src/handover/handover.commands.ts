import {
  designAuthorityDecider,
  functionDesignDecider,
  HANDOVER_STREAM_CATEGORY,
  handoverDecider,
  openVacancies,
  reassignmentsDecider,
  requireId,
  type CommandMetadata,
  type HandoverCommand,
  type OpenVacancy,
  type PlannedStage,
} from '@orgledger/domain';
import { streamName } from '@orgledger/event-store';
import type { AppContext, Deps } from '../platform/app-context';
import { commandHandler, type Undated } from '../platform/command-handler';
import { loadState } from '../platform/load-state';
import { functionDesignStream } from '../design';
import { reassignmentsStream } from '../reassignments';
import { designAuthorityStream } from '../design-authority';
import { userAccountModel } from '../platform/access-models';

export const handoverStream = (tenantId: string, programmeId: string) => streamName(HANDOVER_STREAM_CATEGORY, tenantId, programmeId);

export type Scope = { programmeId: string; authorityId: string };
// For a portal user, the authority they belong to; null for the consultancy.
export type Actor = { actorAuthorityId: string | null };
type ContextDeps = Pick<AppContext, 'store'>;

export class HandoverHandler extends commandHandler(handoverDecider, (command: HandoverCommand, at: Scope) =>
  handoverStream(command.metadata.tenantId, at.programmeId),
) {}

const run = (deps: Deps, meta: CommandMetadata, scope: Scope, command: Undated<HandoverCommand>) =>
  deps.send(HandoverHandler, { ...command, metadata: meta }, scope);

// What the chosen structure leaves to recruit, from the design and reassignment streams themselves.
export const openVacanciesOf = async (deps: ContextDeps, tenantId: string, programmeId: string): Promise<OpenVacancy[]> => {
  const design = await loadState(deps.store, functionDesignStream(tenantId, programmeId), functionDesignDecider);
  const reassignments = await loadState(deps.store, reassignmentsStream(tenantId, programmeId), reassignmentsDecider);
  return openVacancies(design, reassignments);
};

const gateContext = async (deps: ContextDeps, tenantId: string, programmeId: string) => ({
  designAuthority: await loadState(deps.store, designAuthorityStream(tenantId, programmeId), designAuthorityDecider),
});

export type VacancyPlan = { designPostId: string; owner: string; stages: PlannedStage[] };

export const draftRecruitmentPlan = async (deps: Deps, meta: CommandMetadata, scope: Scope, input: { vacancies: VacancyPlan[] }) => {
  const open = await openVacanciesOf(deps, meta.tenantId, scope.programmeId);
  await run(deps, meta, scope, { type: 'DraftRecruitmentPlan', data: { vacancies: input.vacancies, openVacancies: open } });
};

// The recipient is looked up in this tenant only, so another tenant's user is simply not found.
export const handOverRecruitmentPlan = async (
  deps: Deps & Pick<AppContext, 'readModels'>,
  meta: CommandMetadata,
  scope: Scope,
  input: { ismUserId: string },
) => {
  const account = deps.readModels.get(userAccountModel, meta.tenantId, requireId('ismUserId', input.ismUserId));
  const recipient = account && {
    userId: account.userId,
    displayName: account.displayName,
    role: account.role,
    authorityId: account.authorityId,
    active: account.active,
  };
  await run(deps, meta, scope, { type: 'HandOverRecruitmentPlan', data: { programmeAuthorityId: scope.authorityId, recipient } });
};

export const acceptRecruitmentPlan = (deps: Deps, meta: CommandMetadata, scope: Scope, actor: Actor) =>
  run(deps, meta, scope, { type: 'AcceptRecruitmentPlan', data: { programmeAuthorityId: scope.authorityId, ...actor } });

export const returnRecruitmentPlan = (deps: Deps, meta: CommandMetadata, scope: Scope, actor: Actor, input: { reasons: string }) =>
  run(deps, meta, scope, { type: 'ReturnRecruitmentPlan', data: { programmeAuthorityId: scope.authorityId, ...actor, reasons: input.reasons } });

export const recordStageCompleted = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: Scope,
  actor: Actor,
  input: { vacancyId: string; stage: string; completedOn: string },
) => {
  const gate = await gateContext(deps, meta.tenantId, scope.programmeId);
  const { vacancyId, stage, completedOn } = input;
  await run(deps, meta, scope, {
    type: 'RecordStageCompleted',
    data: { programmeAuthorityId: scope.authorityId, ...actor, ...gate, vacancyId, stage, completedOn },
  });
};

export const replanStage = (
  deps: Deps,
  meta: CommandMetadata,
  scope: Scope,
  actor: Actor,
  input: { vacancyId: string; stage: string; targetDate: string; reason?: string | null },
) => {
  const { vacancyId, stage, targetDate } = input;
  return run(deps, meta, scope, {
    type: 'ReplanStage',
    data: { programmeAuthorityId: scope.authorityId, ...actor, vacancyId, stage, targetDate, reason: input.reason ?? '' },
  });
};

export const recordVacancyFilled = async (deps: Deps, meta: CommandMetadata, scope: Scope, actor: Actor, input: { vacancyId: string; startDate: string }) => {
  const gate = await gateContext(deps, meta.tenantId, scope.programmeId);
  await run(deps, meta, scope, {
    type: 'RecordVacancyFilled',
    data: { programmeAuthorityId: scope.authorityId, ...actor, ...gate, vacancyId: input.vacancyId, startDate: input.startDate },
  });
};
