import type { CommandMetadata } from '../shared/decider';
import type { HandoverScope } from './commands';
import type { HandoverState } from './state';

// Only the named interim service manager, of the council running the programme, answers the
// handover or records progress.
export const isNamedIsm = (metadata: CommandMetadata, scope: HandoverScope, state: HandoverState) =>
  metadata.actor.role === 'interim_service_manager' &&
  state.ism?.userId === metadata.actor.userId &&
  typeof scope.actorAuthorityId === 'string' &&
  scope.actorAuthorityId === scope.programmeAuthorityId;
