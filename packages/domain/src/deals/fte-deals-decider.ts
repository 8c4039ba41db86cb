import type { Decider } from '../shared/decider';
import { agreeFteDealAmendment, counterFteDealAmendment, proposeFteDealAmendment, rejectFteDealAmendment } from './amendments';
import type { FteDealsCommand } from './commands';
import type { FteDealsEvent } from './events';
import { addDealNote } from './notes';
import { agreeFteDeal, counterFteDeal, proposeFteDeal, rejectFteDeal, withdrawFteDeal } from './negotiation';
import { evolveFteDeals, initialFteDealsState, type FteDealsState } from './state';

// One stream per programme and service: every deal with the service is decided against all the
// others, so no fraction of a post is ever promised twice.
export const decideFteDeals = (command: FteDealsCommand, state: FteDealsState): FteDealsEvent[] => {
  switch (command.type) {
    case 'ProposeFteDeal':
      return [proposeFteDeal(command, state)];
    case 'CounterFteDeal':
      return [counterFteDeal(command, state)];
    case 'AgreeFteDeal':
      return [agreeFteDeal(command, state)];
    case 'RejectFteDeal':
      return [rejectFteDeal(command, state)];
    case 'WithdrawFteDeal':
      return [withdrawFteDeal(command, state)];
    case 'ProposeFteDealAmendment':
      return [proposeFteDealAmendment(command, state)];
    case 'CounterFteDealAmendment':
      return [counterFteDealAmendment(command, state)];
    case 'AgreeFteDealAmendment':
      return [agreeFteDealAmendment(command, state)];
    case 'RejectFteDealAmendment':
      return [rejectFteDealAmendment(command, state)];
    case 'AddDealNote':
      return [addDealNote(command, state)];
    default: {
      const unknown: never = command;
      throw new Error(`Unknown FTE deals command ${(unknown as { type: string }).type}`);
    }
  }
};

export const fteDealsDecider: Decider<FteDealsCommand, FteDealsEvent, FteDealsState> = {
  decide: decideFteDeals,
  evolve: evolveFteDeals,
  initialState: initialFteDealsState,
};
