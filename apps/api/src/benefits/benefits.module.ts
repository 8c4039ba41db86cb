import { Module } from '@nestjs/common';
import { BenefitsHandler } from './benefits.commands';
import { readModelProvider } from '../platform/read-model';
import { benefitModel } from './benefits.projector';
import { BenefitsResolver } from './benefits.resolver';

@Module({ providers: [BenefitsHandler, BenefitsResolver, readModelProvider(benefitModel)] })
export class BenefitsModule {}
