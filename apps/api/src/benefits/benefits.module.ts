import { Module } from '@nestjs/common';
import { readModelProvider } from '../platform/read-model';
import { benefitModel } from './benefits.projector';
import { BenefitsResolver } from './benefits.resolver';

@Module({ providers: [BenefitsResolver, readModelProvider(benefitModel)] })
export class BenefitsModule {}
