import { NavLink } from 'react-router';

export type StageSection = 'definition' | 'contracts' | 'benefits' | 'capacity';

const sections: { id: StageSection; label: string; path: string }[] = [
  { id: 'definition', label: 'Definition', path: '/definition' },
  { id: 'contracts', label: 'Target contracts', path: '/contracts' },
  { id: 'benefits', label: 'Benefits', path: '/benefits' },
  { id: 'capacity', label: 'Capacity', path: '/capacity' },
];

// The analysis stage of one programme: what contract management is, which contracts, what benefits,
// and how much capacity they need.
export function StageNav({ programmeId, programmeName }: { programmeId: string; programmeName: string }) {
  return (
    <nav aria-label={`${programmeName}: analysis stage`} className="stage-nav">
      <ul className="stage-nav__list">
        {sections.map((s) => (
          <li key={s.id}>
            <NavLink to={`${s.path}/${programmeId}`} end={false} className="stage-nav__link">
              {s.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
