// FTE deals: the example sentence of the issue comes from here.
import { type AuditEvent, type Lexicon, nameOf } from '../lexicon';
import { actorPhrase, termsChange, termsSummary } from '../phrases';
import type { Describers } from './types';

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

export const dealDescribers = {
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
} satisfies Describers;
