import { Module } from '@nestjs/common';
import { TemplatesHandler } from './templates.commands';
import { readModelProvider } from '../platform/read-model';
import { templateModel } from './templates.projector';
import { TemplatesResolver } from './templates.resolver';

@Module({ providers: [TemplatesHandler, TemplatesResolver, readModelProvider(templateModel)] })
export class TemplatesModule {}
