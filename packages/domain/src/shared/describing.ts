// What a context needs to write its audit sentences: the event envelope, the lexicon of names read
// so far, and small pieces of sentences. Here, below every context, so that each context owns its
// sentences (context.ts) and audit/ only puts them together.
import { formatFte, formatPence } from './values';

// The envelope a describer reads; apps map their stored events onto it.
export type AuditEvent = {
  type: string;
  streamName: string;
  data: Record<string, any>; // loose on purpose: each describer knows its own shape
  metadata: {
    actor: { userId: string; role: string; displayName: string; invitedBy?: { userId: string; displayName: string } | null };
    reason?: string;
    authorityId?: string;
  };
};

// The figures of a deal's terms a sentence quotes (the deals context's DealTerms has them).
export type TermsFigures = { sourcePosts: { fte: number }[]; budget: { pence: number }[]; effectiveDate: string };
export type DealMemory = { serviceId: string; onTable: TermsFigures; agreed: TermsFigures | null };

export type Lexicon = {
  names: Map<string, string>; // any id → its current name (service, post, option, contract…)
  deals: Map<string, DealMemory>;
  jdPosts: Map<string, string>; // job-description stream → design post id
};

// A describer turns one event into one sentence a person can read, in the past tense.
export type Describer = (event: AuditEvent, lex: Lexicon) => string;

export const nameOf = (lex: Lexicon, id: string | null | undefined, fallback = 'an unnamed record'): string => (id && lex.names.get(id)) || fallback;

const ROLE_LABELS: Record<string, string> = {
  tenant_admin: 'Tenant administrator',
  consultant: 'Consultant',
  auditor: 'Auditor',
  service_director: 'Service director',
  hr_partner: 'HR business partner',
  finance_partner: 'Finance business partner',
  da_member: 'Design Authority member',
  interim_service_manager: 'Interim service manager',
};

export const roleLabel = (role: string): string => ROLE_LABELS[role] ?? role;

// "Service director of Highways" (a director speaks for their service), else "Consultant Priya Shah".
export const actorPhrase = (event: AuditEvent, lex: Lexicon, serviceId?: string | null): string => {
  const { role, displayName, userId, invitedBy } = event.metadata.actor;
  if (userId === 'system') return 'OrgLedger';
  // Who brought an approver in stays beside each of their decisions (separation of duties).
  const invited = invitedBy ? ` (invited by ${invitedBy.displayName})` : '';
  if (role === 'service_director' && serviceId) return `Service director of ${nameOf(lex, serviceId, 'a service')}${invited}`;
  return `${roleLabel(role)} ${displayName}${invited}`;
};

export const fte = (thousandths: number): string => `${formatFte(thousandths)} FTE`;
export const money = (pence: number): string => formatPence(pence);
export const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
export const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
export const quoted = (text: string): string => `“${text}”`;
export const humanise = (code: string): string => code.replace(/_/g, ' ');
export const post = (lex: Lexicon, id: string | null): string => quoted(nameOf(lex, id, 'a post'));
export const vacancy = (lex: Lexicon, id: string): string => quoted(nameOf(lex, id, 'a vacancy'));
