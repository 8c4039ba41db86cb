import { PageHeading } from '../../components/page-heading';
import { usePageTitle } from '../../lib/use-page-title';
import { ProgrammeIndex } from '../tasks';

export function HandoverIndexPage() {
  usePageTitle('Handover');
  return (
    <>
      <PageHeading title="Handover">Handover</PageHeading>
      <p className="lead">The recruitment and on-boarding plan of each programme, handed over to the council's interim service manager.</p>
      <ProgrammeIndex basePath="/handover" caption="Programmes and their recruitment plans" />
    </>
  );
}
