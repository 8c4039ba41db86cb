// What other slices use from costing: the budget of a design.
export { budgetOf } from './costing.read';
