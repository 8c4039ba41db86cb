// What other slices use from deals: the deals stream, the deal rows and the funding position.
export { dealsStream } from './deals.commands';
export { fteDealModel } from './deals.projector';
export { financialYearOf } from './deals.read';
