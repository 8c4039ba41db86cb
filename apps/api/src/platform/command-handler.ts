import { Inject } from '@nestjs/common';
import { Command as BusCommand, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type Command, type Decider, type DomainEvent } from '@orgledger/domain';
import { invalid } from './api-errors';
import type { EventStore } from '@orgledger/event-store';
import { runCommand, type CommandOutcome } from './command-pipeline';
import type { ReadModels } from './read-models';

// A command of the union without its metadata (each member kept apart, so `{ ...c, metadata }` is
// again a member of the union, with no cast).
export type Undated<C extends Command> = C extends Command ? Omit<C, 'metadata'> : never;

export const WRITE_SIDE = Symbol('WRITE_SIDE');
export type WriteSide = { store: EventStore; readModels: ReadModels | null };

// Where a command lands, besides its own data: the slice's key to the stream (e.g. programme and
// service) plus what the pipeline needs. The authority goes into every event's metadata; a revision
// the user saw on screen makes a concurrent change a CONFLICT instead of a retry.
export type Address = { authorityId?: string; expectedRevision?: bigint };

// The revision a screen showed, as an address's expectedRevision: an edit made over someone else's
// is then a CONFLICT. Absent, the pipeline retries on its own.
export const expectedRevisionOf = ({ expectedRevision }: { expectedRevision?: number | null }): Pick<Address, 'expectedRevision'> => {
  if (expectedRevision === undefined || expectedRevision === null) return {};
  if (!Number.isSafeInteger(expectedRevision) || expectedRevision < 0) {
    throw invalid('INVALID_REVISION', 'expectedRevision must be the whole-number revision shown on the screen (0 or more).');
  }
  return { expectedRevision: BigInt(expectedRevision) };
};

// One decider bound to the streams it decides on: what a slice's handler class carries.
export type Decides<C extends Command, E extends DomainEvent, S, A extends Address> = {
  readonly decider: Decider<C, E, S>;
  readonly streamOf: (command: C, at: A) => string;
  readonly Command: new (command: C, at: A) => BusCommand<CommandOutcome<E>>;
};

// load → fold (cached) → decide → append with the revision read → bounded retry; then, when there
// are read models, wait until they include the append (read-your-writes).
export const decideOn = async <C extends Command, E extends DomainEvent, S, A extends Address>(
  side: WriteSide,
  binding: Omit<Decides<C, E, S, A>, 'Command'>,
  command: C,
  at: A,
): Promise<CommandOutcome<E>> => {
  const options = { authorityId: at.authorityId, expectedRevision: at.expectedRevision };
  const outcome = await runCommand(side.store, binding.streamOf(command, at), binding.decider, command, options);
  await side.readModels?.waitFor(outcome.position);
  return outcome;
};

// How a slice's command functions send a decision: through the command bus inside Nest, straight
// to the pipeline in the CLI and while the demo is seeded before Nest starts.
export type Send = <C extends Command, E extends DomainEvent, S, A extends Address>(
  handler: Decides<C, E, S, A>,
  command: C,
  at: A,
) => Promise<CommandOutcome<E>>;

export const sendDirect =
  (side: WriteSide): Send =>
  (handler, command, at) =>
    decideOn(side, handler, command, at);

// The one command handler of a decider. A slice declares it once, naming its class:
//   export class DealsHandler extends commandHandler(fteDealsDecider, (c, at: DealScope) => …) {}
// and registers it in its module; the bus message is `DealsHandler.Command`, typed by the
// decider's own command union.
export const commandHandler = <C extends Command, E extends DomainEvent, S, A extends Address>(
  decider: Decider<C, E, S>,
  streamOf: (command: C, at: A) => string,
) => {
  class Decision extends BusCommand<CommandOutcome<E>> {
    constructor(
      readonly command: C,
      readonly at: A,
    ) {
      super();
    }
  }

  @CommandHandler(Decision)
  class Handler implements ICommandHandler<Decision, CommandOutcome<E>> {
    static readonly decider = decider;
    static readonly streamOf = streamOf;
    static readonly Command = Decision;

    constructor(@Inject(WRITE_SIDE) private readonly side: WriteSide) {}

    execute({ command, at }: Decision) {
      return decideOn(this.side, { decider, streamOf }, command, at);
    }
  }
  return Handler;
};
