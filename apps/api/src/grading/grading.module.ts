import { Module } from '@nestjs/common';
import { readModelProvider } from '../platform/read-model';
import { postGradingModel } from './grading.projector';
import { GradingResolver } from './grading.resolver';

@Module({ providers: [GradingResolver, readModelProvider(postGradingModel)] })
export class GradingModule {}
