import { Module } from '@nestjs/common';
import { readModelProvider } from '../platform/read-model';
import { definitionModel } from './definition.projector';
import { DefinitionResolver } from './definition.resolver';

@Module({ providers: [DefinitionResolver, readModelProvider(definitionModel)] })
export class DefinitionModule {}
