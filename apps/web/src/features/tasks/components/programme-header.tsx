import type { ReactNode } from 'react';
import { PageHeading } from '../../../components/page-heading';
import { isPortalRole, workspaceRoles } from '../../../lib/roles';
import { useSession } from '../../../lib/session';
import type { ProgrammeContext } from '../api/programme-workspace.queries';
import { ProgrammeNav } from './programme-nav';
import { Breadcrumbs } from '../../../components/breadcrumbs';

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

// Council staff and auditors cannot open the section indexes, which list every programme: their
// breadcrumbs start from their own home.
function useHomeCrumb(index: Crumb): Crumb {
  const role = useSession()?.me.role;
  if (!role || (workspaceRoles as readonly string[]).includes(role)) return index;
  return isPortalRole(role) ? { to: '/portal', label: 'Home' } : { to: '/audit', label: 'Audit' };
}

// Breadcrumbs, the page's one h1 with the programme and council as its caption, and the
// programme's sections.
export function ProgrammeHeader({ context: { programme, authority }, index, trail = [], current, title, children }: ProgrammeHeaderProps) {
  const home = useHomeCrumb(index);
  return (
    <>
      <Breadcrumbs trail={[home, ...trail]} current={current} />
      <PageHeading title={`${title} – ${programme.name}`} caption={`${programme.name}, ${authority.name}`}>
        {children}
      </PageHeading>
      <ProgrammeNav programmeId={programme.id} programmeName={programme.name} />
    </>
  );
}
