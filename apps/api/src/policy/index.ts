// What other slices use from policy: the council's pack in force on a date.
export { policyInForceFor, loadPolicy, recordPolicyPack } from './policy.commands';
export { DiscretionaryCompensationView, PayProtectionTaperEnum } from './policy.graphql';
