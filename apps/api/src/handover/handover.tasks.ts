import type { ProgrammeSummary } from '@orgledger/domain';
import type { AuthUser } from '../platform/app-context';
import { recruitmentPlanRow } from './handover.read';
import type { ReadSide } from '../platform/read-side';

type Task = { kind: string; title: string; programmeId: string; entityId: string | null; since?: string };

// A plan handed to this interim service manager and not yet answered: accept it or return it.
export const recruitmentPlanAwaiting = (read: ReadSide, user: AuthUser, programme: ProgrammeSummary): Task[] => {
  if (user.role !== 'interim_service_manager' || user.authorityId !== programme.authorityId) return [];
  const row = recruitmentPlanRow(read, user.tenantId, programme.programmeId);
  if (row.plan.status !== 'handed_over' || row.plan.ism?.userId !== user.userId) return [];
  const count = row.plan.vacancies.length;
  return [
    {
      kind: 'recruitment_handover',
      title: `Accept or return the recruitment and on-boarding plan for ${programme.name} (${count} ${count === 1 ? 'vacancy' : 'vacancies'})`,
      programmeId: programme.programmeId,
      entityId: programme.programmeId,
      since: row.since,
    },
  ];
};
