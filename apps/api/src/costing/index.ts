// What other slices use from costing: the one costing of a design (every page's figures) and the
// funding position and sign-offs the Design Authority pack shows.
export { programmeCostsOf, type ProgrammeCostsView } from './programme-costs.read';
export { fundingOf, currentFinancialYear } from './funding.read';
export { signOffsOf } from './costing.read';
