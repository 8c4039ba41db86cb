import { PageHeading } from '../../components/page-heading';
import { ProgrammeIndex } from '../tasks';

export function CapacityIndexPage() {
  return (
    <>
      <PageHeading title="Capacity model">Capacity model</PageHeading>
      <p className="lead">How much contract-management time each programme’s target contracts need, against the time its activity analysis found.</p>
      <ProgrammeIndex basePath="/capacity" caption="Programmes and their capacity models" />
    </>
  );
}
