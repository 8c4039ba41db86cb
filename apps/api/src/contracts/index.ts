// What other slices use from contracts: the register stream, tier rules and the contract rows.
export { contractRegisterStream, setTierRules } from './contracts.commands';
export { TierBand } from './contracts.graphql';
export { contractRows, noticesAwaiting, tierRulesOf } from './contracts.read';
