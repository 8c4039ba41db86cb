import { Inject } from '@nestjs/common';
import { Command as NestCommand, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Command, Decider, DomainEvent } from '@orgledger/domain';
import { APP_CONTEXT, dispatchWithReadYourWrites, type AppContext } from './app-context';
import type { CommandOptions, CommandOutcome } from './command-pipeline';

// The one command the bus carries: a domain command with the stream and decider it is for.
// The bus is thin dispatch; the pipeline (load → decide → append → wait for read models) is here.
export class Decide extends NestCommand<CommandOutcome<DomainEvent>> {
  constructor(
    readonly stream: string,
    readonly decider: Decider<Command, DomainEvent, unknown>,
    readonly command: Command,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}

@CommandHandler(Decide)
export class DecideHandler implements ICommandHandler<Decide> {
  private readonly run: ReturnType<typeof dispatchWithReadYourWrites>;

  constructor(@Inject(APP_CONTEXT) app: AppContext) {
    this.run = dispatchWithReadYourWrites(app.store, app.readModels);
  }

  execute({ stream, decider, command, options }: Decide) {
    return this.run(stream, decider, command, options);
  }
}
