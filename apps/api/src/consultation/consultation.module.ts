import { Module } from '@nestjs/common';
import { ConsultationHandler } from './consultation.commands';
import { readModelProvider } from '../platform/read-model';
import { consultationPlanModel } from './consultation.projector';
import { ConsultationResolver } from './consultation.resolver';

@Module({ providers: [ConsultationHandler, ConsultationResolver, readModelProvider(consultationPlanModel)] })
export class ConsultationModule {}
