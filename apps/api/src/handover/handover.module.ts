import { Module } from '@nestjs/common';
import { HandoverHandler } from './handover.commands';
import { readModelProvider } from '../platform/read-model';
import { recruitmentPlanModel } from './handover.projector';
import { HandoverResolver } from './handover.resolver';

@Module({ providers: [HandoverHandler, HandoverResolver, readModelProvider(recruitmentPlanModel)] })
export class HandoverModule {}
