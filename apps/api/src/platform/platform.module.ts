import { Global, Module, type DynamicModule } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { APP_CONTEXT, type AppContext } from './app-context';
import { WRITE_SIDE, type Send, type WriteSide } from './command-handler';

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
            const send: Send = (handler, command, at) => bus.execute(new handler.Command(command, at));
            return Object.assign(app, { send });
          },
        },
        // The store and read models as now (an "as at" request never writes).
        { provide: WRITE_SIDE, useFactory: (): WriteSide => ({ store: app.store, readModels: app.readModels }) },
      ],
      exports: [APP_CONTEXT, WRITE_SIDE],
    };
  }
}
