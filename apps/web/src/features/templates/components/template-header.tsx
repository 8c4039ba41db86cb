import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import type { StageContext } from '../../contracts';

export function TemplateHeader({ context: { programme, authority }, current, children }: { context: StageContext; current: string; children: ReactNode }) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/templates">Templates</Link>
          </li>
          <li>
            <Link to={`/capacity/${programme.id}`}>{programme.name}</Link>
          </li>
          <li aria-current="page">{current}</li>
        </ol>
      </nav>
      <PageHeading title={`${current} – ${programme.name}`} caption={`${programme.name}, ${authority.name}`}>
        {children}
      </PageHeading>
    </>
  );
}
