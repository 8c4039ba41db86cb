// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
// The example sentence of the issue comes from here.
import { defineContext } from '../shared/registration';
import { actorPhrase, fte, money, nameOf, sum, type AuditEvent, type Lexicon, type TermsFigures } from '../shared/describing';
import { formatFte } from '../shared/values';
import { fteDealErrorKinds } from './errors';
import { fteDealsUpcasters } from './upcasters';

const termsFte = (t: TermsFigures): number => sum(t.sourcePosts.map((p) => p.fte));
const termsPence = (t: TermsFigures): number => sum(t.budget.map((b) => b.pence));
const termsSummary = (t: TermsFigures): string => `${fte(termsFte(t))}, ${money(termsPence(t))} from ${t.effectiveDate}`;

// "0.800 → 0.600 FTE, £41,200.00 → £30,900.00" — only the figures that moved.
const termsChange = (before: TermsFigures | undefined, after: TermsFigures): string => {
  if (!before) return termsSummary(after);
  const parts: string[] = [];
  const [f0, f1, p0, p1] = [termsFte(before), termsFte(after), termsPence(before), termsPence(after)];
  if (f0 !== f1) parts.push(`${formatFte(f0)} → ${fte(f1)}`);
  if (p0 !== p1) parts.push(`${money(p0)} → ${money(p1)}`);
  if (before.effectiveDate !== after.effectiveDate) parts.push(`effective ${before.effectiveDate} → ${after.effectiveDate}`);
  return parts.length ? parts.join(', ') : `same totals (${termsSummary(after)})`;
};

const serviceOf = (e: AuditEvent, l: Lexicon): string | undefined => e.data.serviceId ?? l.deals.get(e.data.dealId)?.serviceId;
const dealName = (e: AuditEvent, l: Lexicon) => `the ${nameOf(l, serviceOf(e, l), 'unknown service')} deal`;

// A consultant speaking for the service says so.
const who = (e: AuditEvent, l: Lexicon): string => {
  const serviceId = serviceOf(e, l);
  const base = actorPhrase(e, l, serviceId);
  return e.data.onBehalfOfService && e.metadata.actor.role !== 'service_director' ? `${base}, for ${nameOf(l, serviceId, 'the service')},` : base;
};

const onTable = (e: AuditEvent, l: Lexicon) => l.deals.get(e.data.dealId)?.onTable;
const agreed = (e: AuditEvent, l: Lexicon) => l.deals.get(e.data.dealId)?.agreed ?? undefined;

export const context = defineContext({
  upcasters: fteDealsUpcasters,
  errorKinds: fteDealErrorKinds,
  describers: {
    FteDealProposed: (e, l) => `${who(e, l)} proposed ${dealName(e, l)}: ${termsSummary(e.data.terms)}`,
    FteDealCountered: (e, l) => `${who(e, l)} countered ${dealName(e, l)}: ${termsChange(onTable(e, l), e.data.terms)}`,
    FteDealAgreed: (e, l) => `${who(e, l)} agreed ${dealName(e, l)}: ${termsSummary(e.data.terms)}`,
    FteDealRejected: (e, l) => `${who(e, l)} rejected ${dealName(e, l)}`,
    FteDealWithdrawn: (e, l) => `${who(e, l)} withdrew ${dealName(e, l)}`,
    FteDealAmendmentProposed: (e, l) => `${who(e, l)} proposed an amendment to ${dealName(e, l)}: ${termsChange(agreed(e, l), e.data.terms)}`,
    FteDealAmendmentCountered: (e, l) => `${who(e, l)} countered the amendment to ${dealName(e, l)}: ${termsChange(onTable(e, l), e.data.terms)}`,
    FteDealAmendmentAgreed: (e, l) => `${who(e, l)} agreed the amendment to ${dealName(e, l)}: ${termsChange(agreed(e, l), e.data.terms)}`,
    FteDealAmendmentRejected: (e, l) => `${who(e, l)} rejected the amendment to ${dealName(e, l)}; the agreed terms stay in force`,
    DealNoteAdded: (e, l) => `${who(e, l)} added a note to ${dealName(e, l)}: "${e.data.text}"`,
  },
});
