import { useQuery } from '@tanstack/react-query';
import { Loading, Problem } from '../../../components/query-status';
import { humanise } from '../../../lib/format';
import { formatFte } from '../../../lib/units';
import { auditDealsOptions } from '../api/audit.queries';

// Where each FTE deal of a programme stands: with "As at" set, as it stood then.
export function DealStatuses({ programmeId, programmeName }: { programmeId: string; programmeName: string }) {
  const deals = useQuery(auditDealsOptions(programmeId));
  const caption = `FTE deals of ${programmeName}`;
  if (deals.isPending) return <Loading what="FTE deals" />;
  if (deals.isError) return <Problem error={deals.error} />;
  if (deals.data.length === 0) return <p className="empty-state">{programmeName} has no FTE deals.</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">Status</th>
            <th scope="col" className="table__cell--numeric">
              FTE
            </th>
          </tr>
        </thead>
        <tbody>
          {deals.data.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.serviceName}</th>
              <td>{humanise(d.status)}</td>
              <td className="table__cell--numeric">{formatFte(d.fte)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
