import { PageHeading } from '../../../components/page-heading';
import type { ProgrammeContext } from '../../tasks';
import { Breadcrumbs } from '../../../components/breadcrumbs';

// Portal pages: back to the council's home, and the programme as the caption.
export function PortalHeading({ context, title }: { context: ProgrammeContext; title: string }) {
  return (
    <>
      <Breadcrumbs trail={[{ to: '/portal', label: 'Home' }]} current={title} />
      <PageHeading title={title} caption={`${context.programme.name}, ${context.authority.name}`}>
        {title}
      </PageHeading>
    </>
  );
}
