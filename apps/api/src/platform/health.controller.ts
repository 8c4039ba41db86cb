import { Controller, Get, HttpCode, HttpException, Inject } from '@nestjs/common';
import { APP_CONTEXT, type AppContext } from './app-context';
import { comparePositions, positionToString } from '@orgledger/event-store';

@Controller()
export class HealthController {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  @Get('healthz')
  @HttpCode(200)
  healthz() {
    return { status: 'up' };
  }

  // Ready when the read models have caught up with the head of the store.
  @Get('readyz')
  async readyz() {
    const head = await this.app.store.headPosition();
    const checkpoint = this.app.readModels.checkpoint();
    const ready = !head || (checkpoint !== null && comparePositions(checkpoint, head) >= 0);
    const body = { status: ready ? 'ready' : 'catching-up', head: head && positionToString(head), checkpoint: checkpoint && positionToString(checkpoint) };
    if (!ready) throw new HttpException(body, 503);
    return body;
  }
}
