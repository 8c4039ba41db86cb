import { workspaceRoles } from '../../../lib/roles';
import { useSession } from '../../../lib/session';

// Consultants plan and launch; the council's HR partner also records what happens in consultation.
// The API enforces the same; this only keeps buttons away from those who may not press them.
export function useConsultationRights(): { canPlan: boolean; canRecord: boolean } {
  const role = useSession()?.me.role;
  const canPlan = role !== undefined && (workspaceRoles as readonly string[]).includes(role);
  return { canPlan, canRecord: canPlan || role === 'HR_PARTNER' };
}
