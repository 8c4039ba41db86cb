import type { CivilDate, Fte } from '../../shared/values';
import type { DealSide, FteDealsEvent } from '../events';
import { otherDealSide, type DealStatus } from '../state';
import { termsFte, type DealBudgetLine, type DealTerms } from '../terms';

// Notes in the order written, newest last; who and when come from the event's envelope.
export type DealNote = { text: string; authorName: string; at: string };

export type DealSummary = {
  dealId: string;
  programmeId?: string;
  serviceId: string;
  status: DealStatus;
  // fte, budget, effectiveDate, linkedChange and rationale describe the terms in force (once agreed),
  // else the offer on the table, else, for a closed deal, the last offer made.
  fte: Fte;
  budget: DealBudgetLine[];
  effectiveDate: CivilDate;
  linkedChange: string;
  rationale: string;
  agreedFte: Fte | null;
  agreedBudget: DealBudgetLine[] | null;
  offerFte: Fte | null; // the offer or amendment on the table; null when nothing awaits an answer
  offerBudget: DealBudgetLine[] | null;
  awaiting: DealSide | null; // the side whose answer the deal waits for
  version: number;
  rounds: number;
  notes: DealNote[];
  lastActivityAt?: string;
};

// What the API knows from the event's envelope and stream name, not from its data.
export type DealEnvelope = { programmeId?: string; occurredAt?: string; authorName?: string };

const shown = (terms: DealTerms) => ({
  fte: termsFte(terms),
  budget: terms.budget,
  effectiveDate: terms.effectiveDate,
  linkedChange: terms.linkedChange,
  rationale: terms.rationale,
});
const offered = (terms: DealTerms, side: DealSide) => ({ offerFte: termsFte(terms), offerBudget: terms.budget, awaiting: otherDealSide(side) });
const noOffer = { offerFte: null, offerBudget: null, awaiting: null };
const agreed = (terms: DealTerms) => ({ ...shown(terms), agreedFte: termsFte(terms), agreedBudget: terms.budget, ...noOffer });

const next = (row: DealSummary, event: FteDealsEvent): DealSummary => {
  switch (event.type) {
    case 'FteDealCountered':
      return { ...row, status: 'countered', ...shown(event.data.terms), ...offered(event.data.terms, event.data.side), rounds: row.rounds + 1 };
    case 'FteDealAgreed':
    case 'FteDealAmendmentAgreed':
      return { ...row, status: 'agreed', ...agreed(event.data.terms) };
    case 'FteDealRejected':
      return { ...row, status: 'rejected', ...noOffer };
    case 'FteDealWithdrawn':
      return { ...row, status: 'withdrawn', ...noOffer };
    case 'FteDealAmendmentProposed':
    case 'FteDealAmendmentCountered':
      return { ...row, status: 'amendment_proposed', ...offered(event.data.terms, event.data.side), rounds: row.rounds + 1 };
    case 'FteDealAmendmentRejected':
      return { ...row, status: 'agreed', ...noOffer };
    default:
      return row;
  }
};

// The deal's row after the event: pass the stored row for event.data.dealId (null before it exists).
// An event for a deal with no stored row gives null, as there is nothing to update.
export const projectDeal = (row: DealSummary | null, event: FteDealsEvent, envelope: DealEnvelope = {}): DealSummary | null => {
  const at = envelope.occurredAt === undefined ? {} : { lastActivityAt: envelope.occurredAt };
  if (event.type === 'FteDealProposed') {
    const { dealId, serviceId, terms, proposedBy } = event.data;
    const programme = envelope.programmeId === undefined ? {} : { programmeId: envelope.programmeId };
    return {
      dealId,
      ...programme,
      serviceId,
      status: 'proposed',
      ...shown(terms),
      agreedFte: null,
      agreedBudget: null,
      ...offered(terms, proposedBy),
      version: 1,
      rounds: 1,
      notes: [],
      ...at,
    };
  }
  if (!row || row.dealId !== event.data.dealId) return null;
  if (event.type === 'DealNoteAdded') {
    // Not a new version: the terms and the offer stay as they were (see evolveFteDeals).
    const note = { text: event.data.text, authorName: envelope.authorName ?? '', at: envelope.occurredAt ?? '' };
    return { ...row, notes: [...row.notes, note], ...at };
  }
  return { ...next(row, event), version: row.version + 1, ...at };
};

// Every deal of a stream, in the order proposed: for as-of views and for fundingPosition.
export const dealSummariesFrom = (events: FteDealsEvent[], envelope: Pick<DealEnvelope, 'programmeId'> = {}): DealSummary[] => {
  const rows = new Map<string, DealSummary>();
  for (const event of events) {
    const row = projectDeal(rows.get(event.data.dealId) ?? null, event, envelope);
    if (row) rows.set(row.dealId, row);
  }
  return [...rows.values()];
};
