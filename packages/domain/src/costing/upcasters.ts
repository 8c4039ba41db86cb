import { asStored, type Upcasters } from '../shared/upcasting';
import type { ReferenceDataEvent } from './events';
import type { ExitCostInputsRecorded } from './exit-costs-decider';
import type { FunctionBudgetEvent } from './function-budget-decider';

// Every stored version of each event of this context, read into today's shape. One version each so
// far; a changed shape adds its new version here and turns the old ones into it.
export const costingUpcasters: Upcasters<ReferenceDataEvent | FunctionBudgetEvent | ExitCostInputsRecorded> = {
  PayTableAdded: { 1: asStored },
  LocalPayPointsSet: { 1: asStored },
  LgpsEmployerRateSet: { 1: asStored },
  ExitCostInputsRecorded: { 1: asStored },
  BudgetNonPayLinesSet: { 1: asStored },
  FunctionBudgetSignedOff: { 1: asStored },
};
