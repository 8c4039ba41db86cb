import { PageHeading } from '../../components/page-heading';
import { ProgrammeIndex } from '../tasks';

export function BenefitsIndexPage() {
  return (
    <>
      <PageHeading title="Benefits">Benefits</PageHeading>
      <p className="lead">The cashable and non-cashable benefits each programme’s new function must bring.</p>
      <ProgrammeIndex basePath="/benefits" caption="Programmes and their benefits" />
    </>
  );
}
