import { Module } from '@nestjs/common';
import { readModelProvider } from '../platform/read-model';
import { reassignmentsModel } from './reassignments.projector';
import { ReassignmentsResolver } from './reassignments.resolver';

@Module({ providers: [ReassignmentsResolver, readModelProvider(reassignmentsModel)] })
export class ReassignmentsModule {}
