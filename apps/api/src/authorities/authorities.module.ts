import { Module } from '@nestjs/common';
import { AuthorityHandler, ProgrammeHandler } from './authority.commands';
import { authorityModel, programmeModel } from '../platform/access-models';
import { readModelProvider } from '../platform/read-model';
import { AuthorityResolver } from './authority.resolver';
import { programmeStageModel } from './programme-stage.projector';

// The authority and programme summaries are defined by the platform (every access check reads
// them); this slice, whose streams feed them, registers them, and the stage read from the others.
@Module({
  providers: [
    AuthorityHandler,
    ProgrammeHandler,
    AuthorityResolver,
    readModelProvider(authorityModel),
    readModelProvider(programmeModel),
    readModelProvider(programmeStageModel),
  ],
})
export class AuthoritiesModule {}
