import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ConsultationPlanQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql';

export const consultationKeys = {
  all: ['consultation'] as const,
  list: (programmeId: string) => [...consultationKeys.all, 'list', programmeId] as const,
  detail: (planId: string) => [...consultationKeys.all, 'detail', planId] as const,
};

export const ConsultationPlansDocument = graphql(`
  query ConsultationPlans($programmeId: ID!) {
    consultationPlans(programmeId: $programmeId) {
      planId title establishment proposedDismissals status draftedOn launchedOn
      figures { collectiveRequired minimumDays }
      dismissals { counted }
      warnings { code }
    }
  }
`);

export const ConsultationPlanDocument = graphql(`
  query ConsultationPlan($planId: ID!) {
    consultationPlan(planId: $planId) {
      planId programmeId title establishment proposedDismissals recognisedUnions status draftedOn launchedOn launchRuleIds revision
      dates { staffBriefing consultationStart consultationClose responseToFeedback finalStructurePublished selectionStart selectionEnd noticesIssued appealsClose firstDismissal goLive hr1SentOn }
      figures {
        ruleDate collectiveRequired minimumDays collectiveRuleId collectiveRule collectiveSource
        hr1Required hr1LeadDays hr1Deadline hr1OnlineFormOnly hr1RuleId hr1Rule hr1Source earliestFirstDismissal latestConsultationStart
      }
      warnings { code message rule source dates }
      gate { open reason }
      disclosures { item label given givenOn documentRef unions }
      tradeUnionLog { entryId date kind unions summary }
      individuals {
        postId postReference person atRisk placement outcome outcomeDecidedOn proposedForDismissal
        service { serviceStart contractualNoticeWeeks statutoryNoticeWeeks }
        meetings { meetingId date kind note }
        appeal { lodgedOn result decidedOn }
      }
      timeline { from to bars { key label start end } constraints { key label date rule source } }
      exposure { applies breached ruleId rule source toBeConfirmed ruleDate maximumDays basis totalPence people { postId person annualPayPence maximumPence } }
      equality { assessment { documentRef assessedOn findings } stages stageTotals suppressBelow rows { characteristic category counts } }
      dismissals { recorded derived changedTerms counted differs rule source aggregated { planId title dismissals } people { postId person reasons } }
      election { electedOn termEndsOn source representatives { postId person represents } }
    }
  }
`);

export type ConsultationPlan = ConsultationPlanQuery['consultationPlan'];
export type PlanDates = ConsultationPlan['dates'];

export function consultationPlansOptions(programmeId: string) {
  return queryOptions({
    queryKey: consultationKeys.list(programmeId),
    queryFn: async () => (await execute(ConsultationPlansDocument, { programmeId })).consultationPlans,
  });
}

export function consultationPlanOptions(planId: string) {
  return queryOptions({
    queryKey: consultationKeys.detail(planId),
    queryFn: async () => (await execute(ConsultationPlanDocument, { planId })).consultationPlan,
  });
}
