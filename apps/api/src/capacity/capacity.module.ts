import { Module } from '@nestjs/common';
import { CapacityHandler } from './capacity.commands';
import { readModelProvider } from '../platform/read-model';
import { capacityAssumptionsModel } from './capacity.projector';
import { CapacityResolver } from './capacity.resolver';

@Module({ providers: [CapacityHandler, CapacityResolver, readModelProvider(capacityAssumptionsModel)] })
export class CapacityModule {}
