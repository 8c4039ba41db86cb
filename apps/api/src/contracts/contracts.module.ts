import { Module } from '@nestjs/common';
import { readModelProvider } from '../platform/read-model';
import { contractModel, contractRegisterModel } from './contracts.projector';
import { ContractsResolver } from './contracts.resolver';

@Module({ providers: [ContractsResolver, readModelProvider(contractModel), readModelProvider(contractRegisterModel)] })
export class ContractsModule {}
