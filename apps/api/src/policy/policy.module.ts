import { Module } from '@nestjs/common';
import { PolicyHandler } from './policy.commands';
import { PolicyResolver } from './policy.resolver';

@Module({ providers: [PolicyHandler, PolicyResolver] })
export class PolicyModule {}
