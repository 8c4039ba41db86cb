import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../../components/data-table';
import type { ActivityAnalysisQuery } from '../../../gql/graphql';
import { formatFte, formatPence, sumIntegers } from '../../../lib/units';

type Analysis = ActivityAnalysisQuery['activityAnalysis'];
type ServiceLine = Analysis['byService'][number];
type ActivityLine = Analysis['byActivity'][number];

const byService = createColumnHelper<ServiceLine>();
const byActivity = createColumnHelper<ActivityLine>();

// The lines are rounded by largest remainder so that they add up exactly to the API's totals;
// the footer shows those totals, and the posts columns are plain counts.
function serviceColumns(analysis: Analysis) {
  return [
    byService.accessor('serviceName', { header: 'Service', meta: { rowHeader: true }, footer: 'All services' }),
    byService.accessor('fte', {
      header: 'Contract-management FTE',
      meta: { numeric: true },
      cell: (info) => formatFte(info.getValue()),
      footer: formatFte(analysis.totalFte),
    }),
    byService.accessor('costPence', {
      header: 'Cost',
      meta: { numeric: true },
      cell: (info) => formatPence(info.getValue()),
      footer: formatPence(analysis.totalCostPence),
    }),
    byService.accessor('posts', {
      header: 'Posts analysed',
      meta: { numeric: true },
      footer: String(sumIntegers(analysis.byService.map((s) => s.posts))),
    }),
    byService.accessor('substantivePosts', {
      header: 'Substantive posts',
      meta: { numeric: true },
      footer: String(analysis.substantivePosts),
    }),
  ];
}

function activityColumns(analysis: Analysis) {
  return [
    byActivity.accessor('name', { header: 'Activity', meta: { rowHeader: true }, footer: 'All contract-management activities' }),
    byActivity.accessor('fte', {
      header: 'FTE',
      meta: { numeric: true },
      cell: (info) => formatFte(info.getValue()),
      footer: formatFte(sumIntegers(analysis.byActivity.map((a) => a.fte))),
    }),
    byActivity.accessor('costPence', {
      header: 'Cost',
      meta: { numeric: true },
      cell: (info) => formatPence(info.getValue()),
      footer: formatPence(sumIntegers(analysis.byActivity.map((a) => a.costPence))),
    }),
  ];
}

export function ByServiceTable({ analysis }: { analysis: Analysis }) {
  return (
    <DataTable
      caption="Contract-management time by service"
      captionHidden
      data={analysis.byService}
      columns={serviceColumns(analysis)}
      getRowId={(row) => row.serviceId}
      emptyMessage="No service has returned its activity analysis yet."
    />
  );
}

export function ByActivityTable({ analysis }: { analysis: Analysis }) {
  return (
    <DataTable
      caption="Contract-management time by activity"
      captionHidden
      data={analysis.byActivity}
      columns={activityColumns(analysis)}
      getRowId={(row) => row.activityId}
      emptyMessage="No contract-management time has been returned yet."
    />
  );
}
