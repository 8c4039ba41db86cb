import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import type { ProgrammeContext } from '../api/programme-workspace.queries';
import { ProgrammeNav } from './programme-nav';

type Crumb = { to: string; label: string };

type ProgrammeHeaderProps = {
  context: ProgrammeContext;
  /** The section's index, such as { to: '/deals', label: 'FTE deals' }. */
  index: Crumb;
  /** Links between the programme and this page, when it is deeper than the section's page. */
  trail?: Crumb[];
  current: string;
  title: string;
  children: ReactNode;
};

// Breadcrumbs, the page's one h1 with the programme and council as its caption, and the
// programme's sections.
export function ProgrammeHeader({ context: { programme, authority }, index, trail = [], current, title, children }: ProgrammeHeaderProps) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li><Link to={index.to}>{index.label}</Link></li>
          {trail.map((crumb) => <li key={crumb.to}><Link to={crumb.to}>{crumb.label}</Link></li>)}
          <li aria-current="page">{current}</li>
        </ol>
      </nav>
      <PageHeading title={`${title} – ${programme.name}`} caption={`${programme.name}, ${authority.name}`}>{children}</PageHeading>
      <ProgrammeNav programmeId={programme.id} programmeName={programme.name} />
    </>
  );
}
