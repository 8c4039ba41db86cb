import { Module } from '@nestjs/common';
import { readModelProvider } from '../platform/read-model';
import { templateModel } from './templates.projector';
import { TemplatesResolver } from './templates.resolver';

@Module({ providers: [TemplatesResolver, readModelProvider(templateModel)] })
export class TemplatesModule {}
