import { Module } from '@nestjs/common';
import { ReassignmentsHandler } from './reassignments.commands';
import { readModelProvider } from '../platform/read-model';
import { reassignmentsModel } from './reassignments.projector';
import { ReassignmentsResolver } from './reassignments.resolver';

@Module({ providers: [ReassignmentsHandler, ReassignmentsResolver, readModelProvider(reassignmentsModel)] })
export class ReassignmentsModule {}
