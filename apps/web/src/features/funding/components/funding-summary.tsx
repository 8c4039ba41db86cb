import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Loading, Problem } from '../../../components/query-status';
import { fundingPositionOptions } from '../api/funding.queries';
import { FundingFigures } from './funding-figures';

// The funding position in a line of figures, for pages about the deals that make it.
export function FundingSummary({ programmeId }: { programmeId: string }) {
  const position = useQuery(fundingPositionOptions(programmeId));
  return (
    <section aria-labelledby="funding-summary-heading" className="section">
      <h2 id="funding-summary-heading">Funding position</h2>
      {position.isPending ? (
        <Loading what="funding position" />
      ) : position.isError ? (
        <Problem error={position.error} />
      ) : (
        <>
          <FundingFigures position={position.data} compact label="Funding position, in FTE" />
          <p>
            <Link to={`/funding/${programmeId}`}>See the funding position by financial year</Link>
          </p>
        </>
      )}
    </section>
  );
}
