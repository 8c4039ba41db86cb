import { Module } from '@nestjs/common';
import { readModelProvider } from '../platform/read-model';
import { DealsHandler } from './deals.commands';
import { fteDealModel } from './deals.projector';
import { DealsResolver } from './deals.resolver';

@Module({ providers: [DealsResolver, DealsHandler, readModelProvider(fteDealModel)] })
export class DealsModule {}
