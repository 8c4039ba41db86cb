import type { FunctionDesignEvent } from '../events';
import { evolveFunctionDesign, initialFunctionDesignState, type FunctionDesignState } from '../state';

// One row per programme: the options side by side and which one was chosen, with why.
export type FunctionDesignRow = FunctionDesignState;

export const projectFunctionDesign = (row: FunctionDesignRow | null, event: FunctionDesignEvent): FunctionDesignRow =>
  evolveFunctionDesign(row ?? initialFunctionDesignState, event);
