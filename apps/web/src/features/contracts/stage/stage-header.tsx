import '../../../components/stage.css';
import type { ReactNode } from 'react';
import { PageHeading } from '../../../components/page-heading';
import { useCanEdit } from '../../../lib/can-edit';
import type { StageContext } from './stage.queries';
import { StageNav } from './stage-nav';
import { Breadcrumbs } from '../../../components/breadcrumbs';

type Crumb = { to: string; label: string };

type StageHeaderProps = {
  context: StageContext;
  /** The section's index, such as { to: '/contracts', label: 'Target contracts' }. */
  index: Crumb;
  /** Links between the section's page and this one, when this page is deeper. */
  trail?: Crumb[];
  current: string;
  title: string;
  children: ReactNode;
};

// Breadcrumbs, the page's one h1 captioned with the programme and council, and the stage's sections.
export function StageHeader({ context: { programme, authority }, index, trail = [], current, title, children }: StageHeaderProps) {
  // Council staff and auditors cannot open the section indexes, which list every programme.
  const canEdit = useCanEdit();
  return (
    <>
      <Breadcrumbs trail={canEdit ? [index, ...trail] : trail} current={current} />
      <PageHeading title={`${title} – ${programme.name}`} caption={`${programme.name}, ${authority.name}`}>
        {children}
      </PageHeading>
      <StageNav programmeId={programme.id} programmeName={programme.name} />
    </>
  );
}
