import { longDate } from '@orgledger/reference-data';
import { proposedForDismissal } from './dismissals';
import { checkNotice, JUNK_SOURCE, noticeBeforeConsultationEnds, STATUTORY_NOTICE_SOURCE } from './notices';
import { S188A_SOURCE } from './representatives';
import type { ConsultationPlan } from './state';
import type { StatutoryFigures } from './statutory';
import type { PlanWarning } from './warnings';

// Per person notice (s.86 and the contract), notice before consultation ends (Junk), and who the
// council consults where no union is recognised (s.188A).
export const lawWarnings = (plan: ConsultationPlan, figures: StatutoryFigures): PlanWarning[] => {
  const out: PlanWarning[] = [];
  const { noticesIssued, consultationClose, firstDismissal } = plan.dates;
  if (figures.collective.required && noticeBeforeConsultationEnds(noticesIssued, consultationClose)) {
    out.push({
      code: 'NOTICE_BEFORE_CONSULTATION_END',
      message: `Notices of dismissal are planned for ${longDate(noticesIssued!)}, before collective consultation closes on ${longDate(consultationClose!)}: give notice only once consultation is complete.`,
      rule: 'Junk v Kühnel (C-188/03); TULRCA 1992 s.188',
      source: JUNK_SOURCE,
      dates: ['noticesIssued', 'consultationClose'],
    });
  }
  if (noticesIssued && firstDismissal && firstDismissal >= noticesIssued) {
    for (const p of plan.affected.filter((a) => proposedForDismissal(a, plan.terms[a.postId]))) {
      const service = plan.service[p.postId];
      if (!service) continue;
      const check = checkNotice({
        serviceStart: service.serviceStart,
        noticeGivenOn: noticesIssued,
        dismissalOn: firstDismissal,
        contractualNoticeWeeks: service.contractualNoticeWeeks,
      });
      if (check.short) {
        out.push({
          code: 'NOTICE_TOO_SHORT',
          message: `${p.postReference}: ${check.message}`,
          rule: check.contractualWeeks !== null && check.contractualWeeks > check.statutoryWeeks ? 'Contract of employment' : 'ERA 1996 s.86',
          source: STATUTORY_NOTICE_SOURCE,
          dates: ['noticesIssued', 'firstDismissal'],
        });
      }
    }
  }
  if (figures.collective.required && plan.recognisedUnions.length === 0) {
    if (!plan.election) {
      out.push({
        code: 'NO_APPROPRIATE_REPRESENTATIVES',
        message: 'No trade union is recognised: hold an election of employee representatives (s.188A) and record it before consultation starts.',
        rule: 'TULRCA 1992 s.188(1B), s.188A',
        source: S188A_SOURCE,
        dates: [],
      });
    } else if (consultationClose && plan.election.termEndsOn < consultationClose) {
      out.push({
        code: 'REPRESENTATIVES_TERM_TOO_SHORT',
        message: `The elected representatives’ term ends on ${longDate(plan.election.termEndsOn)}, before consultation closes on ${longDate(consultationClose)}.`,
        rule: 'TULRCA 1992 s.188A(1)(d)',
        source: S188A_SOURCE,
        dates: ['consultationClose'],
      });
    }
  }
  return out;
};
