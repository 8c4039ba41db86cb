import { Global, Module, type DynamicModule } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { APP_CONTEXT, type AppContext, type Dispatch } from './app-context';
import { WRITE_SIDE, type Send, type WriteSide } from './command-handler';
import { Decide, DecideHandler } from './decide.command';

// What every slice module may inject: the application context and the write side its command
// handler appends through.
@Global()
@Module({})
export class PlatformModule {
  static forContext(app: AppContext): DynamicModule {
    return {
      module: PlatformModule,
      providers: [
        // Inside Nest, every decision goes through the command bus.
        {
          provide: APP_CONTEXT,
          inject: [CommandBus],
          useFactory: (bus: CommandBus): AppContext => {
            const dispatch = ((stream, decider, command, options) =>
              bus.execute(new Decide(stream, decider as never, command, options))) as Dispatch;
            const send: Send = (handler, command, at) => bus.execute(new handler.Command(command, at));
            return Object.assign(app, { dispatch, send });
          },
        },
        // The store and read models as now (an "as at" request never writes).
        { provide: WRITE_SIDE, useFactory: (): WriteSide => ({ store: app.store, readModels: app.readModels }) },
        DecideHandler,
      ],
      exports: [APP_CONTEXT, WRITE_SIDE],
    };
  }
}
