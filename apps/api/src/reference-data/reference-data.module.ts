import { Module } from '@nestjs/common';
import { ReferenceDataResolver } from './reference-data.resolver';

@Module({ providers: [ReferenceDataResolver] })
export class ReferenceDataModule {}
