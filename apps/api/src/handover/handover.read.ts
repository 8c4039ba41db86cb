import {
  designAuthorityGate,
  initialHandoverState,
  isNamedIsm,
  overdueStages,
  RECRUITMENT_STAGE_LABEL,
  vacancyStatus,
  type CommandMetadata,
} from '@orgledger/domain';
import type { AuthUser } from '../platform/app-context';
import { openVacanciesOf, type Scope } from './handover.commands';
import type { RecruitmentPlanReadRow } from './handover.projector';
import type { RecruitmentPlanView } from './handover.graphql';
import { recruitmentPlanModel } from './handover.projector';
import { designAuthorityModel } from '../design-authority';
import { userAccountModel } from '../platform/access-models';
import type { ReadSide } from '../platform/read-side';

export const recruitmentPlanRow = (read: ReadSide, tenantId: string, programmeId: string): RecruitmentPlanReadRow =>
  read.readModels.get(recruitmentPlanModel, tenantId, programmeId) ?? {
    programmeId,
    plan: initialHandoverState,
    history: [],
    since: '',
    revision: -1,
  };

const isConsultancy = (user: AuthUser) => user.role === 'consultant' || user.role === 'tenant_admin';

// Everyone who can see the programme reads the plan; what each may do is worked out with the
// same rule the decider applies, so the screen never offers an action that would be refused.
export const recruitmentPlanOf = async (read: ReadSide, user: AuthUser, scope: Scope): Promise<RecruitmentPlanView> => {
  const { plan, history } = recruitmentPlanRow(read, user.tenantId, scope.programmeId);
  const today = new Date().toISOString().slice(0, 10);
  const daRow = read.readModels.get(designAuthorityModel, user.tenantId, scope.programmeId);
  const gate = designAuthorityGate({ submissions: daRow?.submissions ?? [] });
  const editable = isConsultancy(user) && ['none', 'draft', 'returned'].includes(plan.status);
  const asActor = { actor: { role: user.role, userId: user.userId } } as CommandMetadata;
  const own = isNamedIsm(asActor, { programmeAuthorityId: scope.authorityId, actorAuthorityId: user.authorityId }, plan);
  const managers = isConsultancy(user)
    ? read.readModels
        .list(userAccountModel, user.tenantId)
        .filter((u) => u.active && u.role === 'interim_service_manager' && u.authorityId === scope.authorityId)
        .map((u) => ({ userId: u.userId, displayName: u.displayName }))
    : [];
  return {
    programmeId: scope.programmeId,
    status: plan.status,
    ism: plan.ism && { userId: plan.ism.userId, displayName: plan.ism.name },
    handedOverOn: plan.handedOverOn,
    acceptedOn: plan.acceptedOn,
    returns: plan.returns,
    vacancies: plan.vacancies.map((v) => {
      const overdue = new Set(overdueStages(v, today));
      return {
        vacancyId: v.vacancyId,
        title: v.title,
        grade: v.grade,
        fte: v.fte,
        owner: v.owner,
        status: vacancyStatus(v),
        startDate: v.startDate,
        stages: v.stages.map((s) => ({
          stage: s.stage,
          label: RECRUITMENT_STAGE_LABEL[s.stage],
          targetDate: s.targetDate,
          completedOn: s.completedOn,
          overdue: overdue.has(s.stage),
          replans: s.replans,
        })),
      };
    }),
    openVacancies: editable ? await openVacanciesOf(read, user.tenantId, scope.programmeId) : [],
    interimServiceManagers: managers,
    canEdit: editable,
    canAnswer: own && plan.status === 'handed_over',
    canRecordProgress: own && plan.status === 'accepted',
    gate: { open: gate.open, reason: gate.reason },
    history: history.map(({ type, at, by, summary }) => ({ type, at, by, summary })),
  };
};
