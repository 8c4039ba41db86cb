import { Module } from '@nestjs/common';
import { DesignAuthorityHandler } from './design-authority.commands';
import { readModelProvider } from '../platform/read-model';
import { designAuthorityModel } from './design-authority.projector';
import { DesignAuthorityResolver } from './design-authority.resolver';

@Module({ providers: [DesignAuthorityHandler, DesignAuthorityResolver, readModelProvider(designAuthorityModel)] })
export class DesignAuthorityModule {}
