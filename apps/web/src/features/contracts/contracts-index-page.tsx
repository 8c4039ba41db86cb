import { PageHeading } from '../../components/page-heading';
import { ProgrammeIndex } from '../tasks';

export function ContractsIndexPage() {
  return (
    <>
      <PageHeading title="Target contracts">Target contracts</PageHeading>
      <p className="lead">The contracts each programme’s new function will manage, with their tiers and Procurement Act duties.</p>
      <ProgrammeIndex basePath="/contracts" caption="Programmes and their target contracts" />
    </>
  );
}
