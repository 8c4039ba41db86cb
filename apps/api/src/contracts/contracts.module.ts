import { Module } from '@nestjs/common';
import { ContractsHandler } from './contracts.commands';
import { readModelProvider } from '../platform/read-model';
import { contractModel, contractNoticesModel, contractRegisterModel } from './contracts.projector';
import { ContractsResolver } from './contracts.resolver';

@Module({
  providers: [
    ContractsHandler,
    ContractsResolver,
    readModelProvider(contractModel),
    readModelProvider(contractRegisterModel),
    readModelProvider(contractNoticesModel),
  ],
})
export class ContractsModule {}
