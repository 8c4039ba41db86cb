import { PageHeading } from '../../components/page-heading';
import { ProgrammeIndex } from '../tasks';

export function PeopleIndexPage() {
  return (
    <>
      <PageHeading title="Transition map">Transition map</PageHeading>
      <p className="lead">What has been decided for each postholder, and which posts of the new function are still to fill.</p>
      <ProgrammeIndex basePath="/people" caption="Programmes and their transition maps" />
    </>
  );
}
