import { Module } from '@nestjs/common';
import { CostingResolver } from './costing.resolver';

@Module({ providers: [CostingResolver] })
export class CostingModule {}
