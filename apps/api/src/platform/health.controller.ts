import { Controller, Get, Headers, HttpCode, HttpException, Inject } from '@nestjs/common';
import { APP_CONTEXT, type AppContext } from './app-context';
import { comparePositions, positionToString } from '@orgledger/event-store';
import { isSignedIn } from './signed-in';

@Controller()
export class HealthController {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  @Get('healthz')
  @HttpCode(200)
  healthz() {
    return { status: 'up' };
  }

  // Ready when the read models have caught up with the head of the store. The positions tell how
  // much every tenant together has recorded, so in production only signed-in callers see them.
  @Get('readyz')
  async readyz(@Headers('authorization') authorization?: string) {
    const head = await this.app.store.headPosition();
    const checkpoint = this.app.readModels.checkpoint();
    const ready = !head || (checkpoint !== null && comparePositions(checkpoint, head) >= 0);
    const status = ready ? 'ready' : 'catching-up';
    const positions = !this.app.config.production || (await isSignedIn(this.app, authorization));
    const body = positions ? { status, head: head && positionToString(head), checkpoint: checkpoint && positionToString(checkpoint) } : { status };
    if (!ready) throw new HttpException(body, 503);
    return body;
  }
}
