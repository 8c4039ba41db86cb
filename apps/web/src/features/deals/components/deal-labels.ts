import type { DealSide, DealStatus } from '../../../gql/graphql';

export const dealStatuses: readonly DealStatus[] = ['PROPOSED', 'COUNTERED', 'AGREED', 'AMENDMENT_PROPOSED', 'REJECTED', 'WITHDRAWN'];

const statusLabels: Record<DealStatus, string> = {
  PROPOSED: 'Proposed',
  COUNTERED: 'Countered',
  AGREED: 'Agreed',
  AMENDMENT_PROPOSED: 'Amendment proposed',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
};

export function dealStatusLabel(status: DealStatus): string {
  return statusLabels[status] ?? status;
}

// Whose answer the deal waits for, in words a reader of the ledger uses.
export function awaitingLabel(awaiting: DealSide | null | undefined): string {
  if (awaiting === 'PROGRAMME') return 'The programme';
  if (awaiting === 'SERVICE') return 'The service director';
  return 'No one';
}

export function sideLabel(side: DealSide): string {
  return side === 'PROGRAMME' ? 'programme' : 'service';
}

// Open deals still being negotiated; closed deals are kept for the record only.
export function isOpen(status: DealStatus): boolean {
  return status === 'PROPOSED' || status === 'COUNTERED' || status === 'AMENDMENT_PROPOSED';
}
