import { Module } from '@nestjs/common';
import { FunctionBudgetHandler, ExitCostsHandler } from './costing.commands';
import { CostingResolver } from './costing.resolver';
import { ProgrammeCostsResolver } from './programme-costs.resolver';

@Module({ providers: [FunctionBudgetHandler, ExitCostsHandler, CostingResolver, ProgrammeCostsResolver] })
export class CostingModule {}
