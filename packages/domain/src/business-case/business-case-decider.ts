import type { Decider } from '../shared/decider';
import { requireText } from '../shared/values';
import { requireAssumptions, type BusinessCaseAssumptions } from './assumptions';
import type { BusinessCaseCommand, SetBusinessCaseAssumptions } from './commands';
import { forbidden } from './errors';
import type { BusinessCaseEvent } from './events';

export type BusinessCaseState = { assumptions: (BusinessCaseAssumptions & { reason: string }) | null };
export const MAX_BUSINESS_CASE_REASON = 2_000;

// The consultancy shapes the case; the council's finance partner may revise its assumptions too,
// as they own the medium-term financial plan it sits in.
const mayDecide = (role: string, data: SetBusinessCaseAssumptions['data']) =>
  role === 'consultant' ||
  role === 'tenant_admin' ||
  (role === 'finance_partner' && data.actorAuthorityId !== null && data.actorAuthorityId === data.programmeAuthorityId);

const setAssumptions = ({ data, metadata }: SetBusinessCaseAssumptions, state: BusinessCaseState): BusinessCaseEvent[] => {
  if (!mayDecide(metadata.actor.role, data)) {
    throw forbidden(
      'BUSINESS_CASE_CHANGE_NOT_ALLOWED',
      "Only consultants, tenant admins and the council's finance partner can set the business case's assumptions.",
      { role: metadata.actor.role },
    );
  }
  const assumptions = requireAssumptions(data.assumptions);
  const reason = requireText('reason', data.reason, { max: MAX_BUSINESS_CASE_REASON });
  // The same assumptions again are not a new decision, whatever the reason says.
  const { reason: _, ...current } = state.assumptions ?? { reason: '' };
  if (state.assumptions && JSON.stringify(current) === JSON.stringify(assumptions)) return [];
  return [{ type: 'BusinessCaseAssumptionsSet', data: { ...assumptions, reason } }];
};

export const evolveBusinessCase = (state: BusinessCaseState, event: BusinessCaseEvent): BusinessCaseState => {
  switch (event.type) {
    case 'BusinessCaseAssumptionsSet':
      return { assumptions: event.data };
    default:
      return state;
  }
};

// One stream per programme: the business case's assumptions as decided, latest in force.
export const businessCaseDecider: Decider<BusinessCaseCommand, BusinessCaseEvent, BusinessCaseState> = {
  initialState: { assumptions: null },
  evolve: evolveBusinessCase,
  decide: (command, state) => {
    switch (command.type) {
      case 'SetBusinessCaseAssumptions':
        return setAssumptions(command, state);
      default: {
        const unknown: never = command.type;
        throw new Error(`Unknown business case command ${String(unknown)}`);
      }
    }
  },
};
