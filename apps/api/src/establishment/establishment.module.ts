import { Module } from '@nestjs/common';
import { readModelProvider } from '../platform/read-model';
import { postModel } from './establishment.projector';
import { EstablishmentResolver } from './establishment.resolver';

@Module({ providers: [EstablishmentResolver, readModelProvider(postModel)] })
export class EstablishmentModule {}
