import { Module } from '@nestjs/common';
import { TaxonomyHandler, ActivityReturnHandler } from './analysis.commands';
import { readModelProvider } from '../platform/read-model';
import { taxonomyModel, activitySharesModel } from './analysis.projector';
import { AnalysisResolver } from './analysis.resolver';

@Module({ providers: [TaxonomyHandler, ActivityReturnHandler, AnalysisResolver, readModelProvider(taxonomyModel), readModelProvider(activitySharesModel)] })
export class AnalysisModule {}
