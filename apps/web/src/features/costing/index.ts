export { afterCostingChange, SignOffBudgetDocument } from './api/costing.commands';
export { costingKeys, functionBudgetOptions, optionCostOptions, type FunctionBudget } from './api/costing.queries';
export { BudgetFigures, NonPayLinesTable, SignOffs } from './components/budget';
export { PostCostsTable, TablesUsed } from './components/post-costs-table';
