import { Module } from '@nestjs/common';
import { readModelProvider } from '../platform/read-model';
import { consultationPlanModel } from './consultation.projector';
import { ConsultationResolver } from './consultation.resolver';

@Module({ providers: [ConsultationResolver, readModelProvider(consultationPlanModel)] })
export class ConsultationModule {}
