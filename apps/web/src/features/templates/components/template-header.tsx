import type { ReactNode } from 'react';
import { PageHeading } from '../../../components/page-heading';
import type { StageContext } from '../../contracts';
import { Breadcrumbs } from '../../../components/breadcrumbs';

export function TemplateHeader({ context: { programme, authority }, current, children }: { context: StageContext; current: string; children: ReactNode }) {
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: '/templates', label: 'Templates' },
          { to: `/capacity/${programme.id}`, label: programme.name },
        ]}
        current={current}
      />
      <PageHeading title={`${current} – ${programme.name}`} caption={`${programme.name}, ${authority.name}`}>
        {children}
      </PageHeading>
    </>
  );
}
