import { Module } from '@nestjs/common';
import { DealsHandler } from './deals.commands';
import { DealsResolver } from './deals.resolver';

@Module({ providers: [DealsResolver, DealsHandler] })
export class DealsModule {}
