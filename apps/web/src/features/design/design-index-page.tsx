import { PageHeading } from '../../components/page-heading';
import { ProgrammeIndex } from '../tasks';

export function DesignIndexPage() {
  return (
    <>
      <PageHeading title="Function design">Function design</PageHeading>
      <p className="lead">The design options for each programme's new function, side by side, and the one chosen.</p>
      <ProgrammeIndex basePath="/design" caption="Programmes and their function design" />
    </>
  );
}
