// What other slices use from reference data: the costing tables in force.
export { costingTablesOf } from './reference-data.commands';
