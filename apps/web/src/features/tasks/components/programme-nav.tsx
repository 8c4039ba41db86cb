import '../programme-workspace.css';
import { NavLink } from 'react-router';
import type { Role } from '../../../gql/graphql';
import { workspaceRoles } from '../../../lib/roles';
import { useSession } from '../../../lib/session';

export type ProgrammeSection = 'deals' | 'funding' | 'design' | 'people' | 'approval' | 'consultation' | 'handover';

// `readable`: council staff and auditors may open the section's programme page too (read-only
// where the API says so); the others are the consultancy's own.
const sections: { id: ProgrammeSection; label: string; path: string; readable?: true }[] = [
  { id: 'deals', label: 'FTE deals', path: '/deals' },
  { id: 'funding', label: 'Funding position', path: '/funding' },
  { id: 'design', label: 'Function design', path: '/design' },
  { id: 'people', label: 'Transition map', path: '/people' },
  { id: 'approval', label: 'Approval', path: '/approval' },
  { id: 'consultation', label: 'Consultation', path: '/consultation', readable: true },
  { id: 'handover', label: 'Handover', path: '/handover', readable: true },
];

export function sectionsFor(role: Role | undefined) {
  const workspace = role !== undefined && (workspaceRoles as readonly Role[]).includes(role);
  return sections.filter((s) => workspace || s.readable);
}

// The stages of one programme, so a consultant moves between them without losing their place.
export function ProgrammeNav({ programmeId, programmeName }: { programmeId: string; programmeName: string }) {
  const role = useSession()?.me.role;
  return (
    <nav aria-label={`${programmeName} sections`} className="programme-nav">
      <ul className="list list--inline">
        {sectionsFor(role).map((s) => (
          <li key={s.id}>
            <NavLink to={`${s.path}/${programmeId}`} className="programme-nav__link">
              {s.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
