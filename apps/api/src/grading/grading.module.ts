import { Module } from '@nestjs/common';
import { GradeStructureHandler, PostGradingHandler } from './grading.commands';
import { readModelProvider } from '../platform/read-model';
import { postGradingModel } from './grading.projector';
import { GradingResolver } from './grading.resolver';

@Module({ providers: [GradeStructureHandler, PostGradingHandler, GradingResolver, readModelProvider(postGradingModel)] })
export class GradingModule {}
