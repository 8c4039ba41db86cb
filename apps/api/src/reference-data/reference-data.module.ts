import { Module } from '@nestjs/common';
import { ReferenceDataHandler } from './reference-data.commands';
import { ReferenceDataResolver } from './reference-data.resolver';

@Module({ providers: [ReferenceDataHandler, ReferenceDataResolver] })
export class ReferenceDataModule {}
