import { Module } from '@nestjs/common';
import { readModelProvider } from '../platform/read-model';
import { recruitmentPlanModel } from './handover.projector';
import { HandoverResolver } from './handover.resolver';

@Module({ providers: [HandoverResolver, readModelProvider(recruitmentPlanModel)] })
export class HandoverModule {}
