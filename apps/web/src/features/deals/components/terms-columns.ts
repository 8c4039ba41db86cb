import type { FteDealQuery } from '../../../gql/graphql';

export type DealDetail = FteDealQuery['fteDeal'];
export type DealTerms = DealDetail['terms'];
export type HistoryStep = DealDetail['history'][number];

// A column of the terms table: full terms, or only the amounts the history keeps of an earlier offer.
export type TermsColumn =
  { key: string; heading: string; terms: DealTerms } | { key: string; heading: string; summary: { fte: number; budgetTotal: number; by: string } };

const offerActions = new Set(['proposed', 'countered', 'amendment_proposed', 'amendment_countered']);

// The offer made before the one now on the table, as the history records it (FTE and budget total).
export function previousOffer(history: readonly HistoryStep[]): HistoryStep | null {
  const offers = history.filter((s) => offerActions.has(s.action));
  return offers.length >= 2 ? offers[offers.length - 2]! : null;
}

// What the deal page compares side by side, for each state of the deal.
export function termsColumns(deal: DealDetail): TermsColumn[] {
  switch (deal.status) {
    case 'PROPOSED':
    case 'COUNTERED': {
      const table = { key: 'table', heading: 'On the table now', terms: deal.offerTerms ?? deal.terms };
      const before = previousOffer(deal.history);
      if (!before) return [table];
      const by = `${before.side === 'PROGRAMME' ? 'programme' : 'service'} side`;
      return [{ key: 'previous', heading: 'Previous offer', summary: { fte: before.fte, budgetTotal: before.budgetTotal, by } }, table];
    }
    case 'AMENDMENT_PROPOSED':
      return [
        { key: 'agreed', heading: 'Agreed terms in force', terms: deal.terms },
        ...(deal.offerTerms ? [{ key: 'amendment', heading: 'Amendment on the table', terms: deal.offerTerms }] : []),
      ];
    case 'AGREED':
      return [{ key: 'agreed', heading: 'Agreed terms in force', terms: deal.terms }];
    default:
      return [{ key: 'last', heading: 'Last offer made', terms: deal.terms }];
  }
}

export function budgetYears(columns: readonly TermsColumn[]): string[] {
  const years = new Set<string>();
  for (const column of columns) if ('terms' in column) for (const line of column.terms.budget) years.add(line.financialYear);
  return [...years].sort();
}
