import type { DealStatus } from '../../../gql/graphql';
import { dealStatusLabel } from './deal-labels';
import '../deals.css';

const tone: Record<DealStatus, string> = {
  PROPOSED: 'tag--open',
  COUNTERED: 'tag--open',
  AMENDMENT_PROPOSED: 'tag--open',
  AGREED: 'tag--agreed',
  REJECTED: 'tag--closed',
  WITHDRAWN: 'tag--closed',
};

export function StatusTag({ status }: { status: DealStatus }) {
  return <strong className={`tag ${tone[status] ?? ''}`}>{dealStatusLabel(status)}</strong>;
}
