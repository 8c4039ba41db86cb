import { Module } from '@nestjs/common';
import { readModelProvider } from '../platform/read-model';
import { functionDesignModel } from './design.projector';
import { DesignHandler } from './design.commands';
import { DesignResolver } from './design.resolver';

@Module({ providers: [DesignResolver, DesignHandler, readModelProvider(functionDesignModel)] })
export class DesignModule {}
