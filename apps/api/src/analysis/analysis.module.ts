import { Module } from '@nestjs/common';
import { readModelProvider } from '../platform/read-model';
import { taxonomyModel, activitySharesModel } from './analysis.projector';
import { AnalysisResolver } from './analysis.resolver';

@Module({ providers: [AnalysisResolver, readModelProvider(taxonomyModel), readModelProvider(activitySharesModel)] })
export class AnalysisModule {}
