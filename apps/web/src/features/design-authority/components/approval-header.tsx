import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import type { ProgrammeContext } from '../../tasks';
import { ProgrammeHeader } from '../../tasks';
import '../design-authority.css';

const pages = [
  { path: '', label: 'Design Authority' },
  { path: '/grading', label: 'Job descriptions and grading' },
  { path: '/costs', label: 'Full costs and budget' },
  { path: '/business-case', label: 'Business case' },
];

// The approval stage of a programme: HR's grading, Finance's costs, and the Design Authority.
export function ApprovalHeader({ context, current, title, children }: { context: ProgrammeContext; current: string; title: string; children: ReactNode }) {
  const base = `/approval/${context.programme.id}`;
  return (
    <>
      <ProgrammeHeader
        context={context}
        index={{ to: '/approval', label: 'Approval' }}
        trail={current === context.programme.name ? [] : [{ to: base, label: context.programme.name }]}
        current={current}
        title={title}
      >
        {children}
      </ProgrammeHeader>
      <nav aria-label="Approval stage" className="approval-nav">
        <ul className="list list--inline">
          {pages.map((p) => (
            <li key={p.path}>
              <NavLink end to={`${base}${p.path}`} className="approval-nav__link">
                {p.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
