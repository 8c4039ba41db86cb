import { PageHeading } from '../../components/page-heading';
import { ProgrammeIndex } from '../tasks';

export function FundingIndexPage() {
  return (
    <>
      <PageHeading title="Funding position">Funding position</PageHeading>
      <p className="lead">How far the agreed FTE deals fund each programme's chosen design, year by year.</p>
      <ProgrammeIndex basePath="/funding" caption="Programmes and their funding position" />
    </>
  );
}
