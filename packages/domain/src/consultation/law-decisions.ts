import { invalid } from './errors';
import { requireCivilDate } from '../shared/values';
import type { AffectedTerms, ConsultationEvent, ServiceRecord } from './events';
import type { ConsultationPlan } from './state';

const MAX_NOTICE_WEEKS = 52;

// The terms read from the transition map with the people; a new event only when there is something
// to record or to clear.
export const termsRead = (terms: AffectedTerms[] | undefined, before: Record<string, AffectedTerms>): ConsultationEvent[] =>
  terms === undefined || (terms.length === 0 && Object.keys(before).length === 0) ? [] : [{ type: 'AffectedTermsRead', data: { entries: terms } }];

// Who receives the written disclosures where no union is recognised: the elected representatives.
export const electedRecipients = (plan: ConsultationPlan): string[] => {
  const refs = new Map(plan.affected.map((p) => [p.postId, p.postReference]));
  return (plan.election?.representatives ?? []).map((r) => `Elected representative (${refs.get(r.postId) ?? r.postId})`);
};

const refuse = (message: string, field: string) => invalid('INVALID_SERVICE', message, { field });

export const requireService = (plan: ConsultationPlan, entries: ServiceRecord[]): ServiceRecord[] => {
  if (!Array.isArray(entries) || entries.length === 0 || entries.length > 5000)
    throw refuse('Give continuous service for 1 to 5,000 affected people.', 'entries');
  const affected = new Set(plan.affected.map((p) => p.postId));
  return entries.map((e) => {
    if (!affected.has(e.postId)) throw invalid('PERSON_NOT_AFFECTED', 'That post is not among the people affected by this plan.', { postId: e.postId });
    const weeks = e.contractualNoticeWeeks ?? null;
    if (weeks !== null && (!Number.isInteger(weeks) || weeks < 0 || weeks > MAX_NOTICE_WEEKS)) {
      throw refuse(`Contractual notice must be a whole number of weeks from 0 to ${MAX_NOTICE_WEEKS}, or left empty.`, 'contractualNoticeWeeks');
    }
    return { postId: e.postId, serviceStart: requireCivilDate('serviceStart', e.serviceStart), contractualNoticeWeeks: weeks };
  });
};
