import { useQuery } from '@tanstack/react-query';
import { Loading, Problem } from '../../components/query-status';
import { type ProgrammeContext, ProgrammeHeader, ProgrammePage } from '../tasks';
import { fundingPositionOptions } from './api/funding.queries';
import { FundingFigures } from './components/funding-figures';
import { FundingYearsTable } from './components/funding-years-table';

export function FundingPage() {
  return <ProgrammePage backTo="/funding" backLabel="Go to the funding position of all programmes" page={Funding} />;
}

function Funding({ context }: { context: ProgrammeContext }) {
  const position = useQuery(fundingPositionOptions(context.programme.id));
  return (
    <>
      <ProgrammeHeader context={context} index={{ to: '/funding', label: 'Funding position' }} current={context.programme.name} title="Funding position">
        Funding position
      </ProgrammeHeader>
      {position.isPending ? (
        <Loading what="funding position" />
      ) : position.isError ? (
        <Problem error={position.error} />
      ) : (
        <>
          <section aria-labelledby="fte-heading">
            <h2 id="fte-heading" className="visually-hidden">
              FTE
            </h2>
            <FundingFigures position={position.data} label="Funding position, in FTE" />
            <p className="hint">
              Agreed counts the terms in force of every agreed deal. In the pipeline counts offers still being negotiated, and what a pending amendment would
              add. The gap is needed minus agreed, because only agreed funding is secured.
            </p>
            <p className="hint">
              Needed is the recurring full cost of the chosen option for the year, the total of the Finance budget
              {position.data.goLiveDate ? `, from the function's go-live on ${position.data.goLiveDate}` : ''}. Posts with no grade yet and one-off transition
              costs are shown apart and are not in it.
            </p>
          </section>
          <section aria-labelledby="years-heading" className="section">
            <h2 id="years-heading">By financial year</h2>
            <FundingYearsTable years={position.data.byYear} />
          </section>
          <div className="notice">
            <h2 className="notice__title">Where the needed figures come from</h2>
            <p>{position.data.needSource}</p>
          </div>
        </>
      )}
    </>
  );
}
