import { Module } from '@nestjs/common';
import { readModelProvider } from '../platform/read-model';
import { designAuthorityModel } from './design-authority.projector';
import { DesignAuthorityResolver } from './design-authority.resolver';

@Module({ providers: [DesignAuthorityResolver, readModelProvider(designAuthorityModel)] })
export class DesignAuthorityModule {}
