import { workspaceRoles } from './roles';
import { useSession } from './session';

// Consultants and tenant admins change the analysis stage; council staff and auditors read it.
// The API enforces the same; this only keeps buttons away from those who may not press them.
export function useCanEdit(): boolean {
  const role = useSession()?.me.role;
  return role !== undefined && (workspaceRoles as readonly string[]).includes(role);
}
