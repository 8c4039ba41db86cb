import { Link } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import type { ProgrammeContext } from '../../tasks';

// Portal pages: back to the council's home, and the programme as the caption.
export function PortalHeading({ context, title }: { context: ProgrammeContext; title: string }) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/portal">Home</Link>
          </li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <PageHeading title={title} caption={`${context.programme.name}, ${context.authority.name}`}>
        {title}
      </PageHeading>
    </>
  );
}
