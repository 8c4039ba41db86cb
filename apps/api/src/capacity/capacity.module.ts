import { Module } from '@nestjs/common';
import { readModelProvider } from '../platform/read-model';
import { capacityAssumptionsModel } from './capacity.projector';
import { CapacityResolver } from './capacity.resolver';

@Module({ providers: [CapacityResolver, readModelProvider(capacityAssumptionsModel)] })
export class CapacityModule {}
