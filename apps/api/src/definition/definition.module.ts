import { Module } from '@nestjs/common';
import { DefinitionHandler } from './definition.commands';
import { readModelProvider } from '../platform/read-model';
import { definitionModel } from './definition.projector';
import { DefinitionResolver } from './definition.resolver';

@Module({ providers: [DefinitionHandler, DefinitionResolver, readModelProvider(definitionModel)] })
export class DefinitionModule {}
