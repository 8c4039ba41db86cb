import { Module } from '@nestjs/common';
import { readModelProvider } from '../platform/read-model';
import { functionDesignModel } from './design.projector';
import { DesignResolver } from './design.resolver';

@Module({ providers: [DesignResolver, readModelProvider(functionDesignModel)] })
export class DesignModule {}
