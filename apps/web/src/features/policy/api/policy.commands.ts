import { graphql } from '../../../gql';
import { policyKeys } from './policy.queries';

export const RecordPolicyPackDocument = graphql(`
  mutation RecordPolicyPack($input: RecordPolicyPackInput!) {
    recordPolicyPack(input: $input) { authorityId inForce { version effectiveFrom } versions { version } }
  }
`);

// The page reads the pack in force today, which a new version may or may not change: refetch it.
export const refreshesPolicy = { invalidates: (answer: { authorityId: string }) => [policyKeys.detail(answer.authorityId)] };
