import { graphql } from '../../../gql';
import { consultationKeys } from '../../consultation';
import { handoverKeys } from '../../handover';
import { taskKeys } from '../../tasks';
import { designAuthorityKeys } from './design-authority.queries';

export const DischargeConditionDocument = graphql(`
  mutation DischargeCondition($input: DischargeConditionInput!) {
    dischargeCondition(input: $input) { programmeId gate { open reason } }
  }
`);

export const RecordDesignAuthorityDecisionDocument = graphql(`
  mutation RecordDesignAuthorityDecision($input: RecordDesignAuthorityDecisionInput!) {
    recordDesignAuthorityDecision(input: $input) { programmeId gate { open reason } }
  }
`);

export const SubmitToDesignAuthorityDocument = graphql(`
  mutation SubmitToDesignAuthority($input: SubmitToDesignAuthorityInput!) {
    submitToDesignAuthority(input: $input) { programmeId submissions { submissionId } }
  }
`);

// A decision or a discharged condition moves the gate, which consultation launch and recruitment
// wait on, and what awaits people.
export const afterDecision = { invalidates: [designAuthorityKeys.all, consultationKeys.all, handoverKeys.all, taskKeys.all] };
