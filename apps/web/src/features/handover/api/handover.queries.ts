import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';

export const handoverKeys = {
  all: ['handover'] as const,
  plan: (programmeId: string) => [...handoverKeys.all, 'plan', programmeId] as const,
  portal: (authorityId: string) => [...handoverKeys.all, 'portal', authorityId] as const,
};

export const RecruitmentPlanDocument = graphql(`
  query RecruitmentPlan($programmeId: ID!) {
    recruitmentPlan(programmeId: $programmeId) {
      programmeId status handedOverOn acceptedOn canEdit canAnswer canRecordProgress
      ism { userId displayName }
      returns { reasons returnedOn }
      gate { open reason }
      vacancies {
        vacancyId title grade fte owner status startDate
        stages { stage label targetDate completedOn overdue replans { previousTargetDate targetDate reason } }
      }
      openVacancies { designPostId title grade fte }
      interimServiceManagers { userId displayName }
      history { type at by summary }
    }
  }
`);

export function recruitmentPlanOptions(programmeId: string) {
  return queryOptions({
    queryKey: handoverKeys.plan(programmeId),
    queryFn: async () => (await execute(RecruitmentPlanDocument, { programmeId })).recruitmentPlan,
  });
}

// The programmes of the portal user's council, for the handover section of the portal.
export const PortalProgrammesDocument = graphql(`
  query PortalHandoverProgrammes($authorityId: ID) {
    programmes(authorityId: $authorityId) { id name }
  }
`);

export function portalProgrammesOptions(authorityId: string) {
  return queryOptions({
    queryKey: handoverKeys.portal(authorityId),
    queryFn: async () => (await execute(PortalProgrammesDocument, { authorityId })).programmes,
  });
}
