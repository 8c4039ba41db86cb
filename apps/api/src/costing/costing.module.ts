import { Module } from '@nestjs/common';
import { FunctionBudgetHandler, ExitCostsHandler } from './costing.commands';
import { CostingResolver } from './costing.resolver';

@Module({ providers: [FunctionBudgetHandler, ExitCostsHandler, CostingResolver] })
export class CostingModule {}
