import '../programme-workspace.css';
import { NavLink } from 'react-router';

export type ProgrammeSection = 'deals' | 'funding' | 'design' | 'people';

const sections: { id: ProgrammeSection; label: string; path: string }[] = [
  { id: 'deals', label: 'FTE deals', path: '/deals' },
  { id: 'funding', label: 'Funding position', path: '/funding' },
  { id: 'design', label: 'Function design', path: '/design' },
  { id: 'people', label: 'Transition map', path: '/people' },
];

// The stages of one programme, so a consultant moves between them without losing their place.
export function ProgrammeNav({ programmeId, programmeName }: { programmeId: string; programmeName: string }) {
  return (
    <nav aria-label={`${programmeName} sections`} className="programme-nav">
      <ul className="list list--inline">
        {sections.map((s) => (
          <li key={s.id}>
            <NavLink to={`${s.path}/${programmeId}`} className="programme-nav__link">{s.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
