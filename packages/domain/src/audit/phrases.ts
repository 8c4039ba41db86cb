// Small pieces of sentences shared by the describers.
import type { DealTerms } from '../deals';
import { formatFte, formatPence } from '../shared/values';
import { nameOf, type AuditEvent, type Lexicon } from './lexicon';

export const ROLE_LABELS: Record<string, string> = {
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
export const termsFte = (t: DealTerms): number => sum(t.sourcePosts.map((p) => p.fte));
export const termsPence = (t: DealTerms): number => sum(t.budget.map((b) => b.pence));

export const termsSummary = (t: DealTerms): string => `${fte(termsFte(t))}, ${money(termsPence(t))} from ${t.effectiveDate}`;

// "0.800 → 0.600 FTE, £41,200.00 → £30,900.00" — only the figures that moved.
export const termsChange = (before: DealTerms | undefined, after: DealTerms): string => {
  if (!before) return termsSummary(after);
  const parts: string[] = [];
  const [f0, f1, p0, p1] = [termsFte(before), termsFte(after), termsPence(before), termsPence(after)];
  if (f0 !== f1) parts.push(`${formatFte(f0)} → ${fte(f1)}`);
  if (p0 !== p1) parts.push(`${money(p0)} → ${money(p1)}`);
  if (before.effectiveDate !== after.effectiveDate) parts.push(`effective ${before.effectiveDate} → ${after.effectiveDate}`);
  return parts.length ? parts.join(', ') : `same totals (${termsSummary(after)})`;
};

export const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
export const quoted = (text: string): string => `“${text}”`;
export const humanise = (code: string): string => code.replace(/_/g, ' ');
