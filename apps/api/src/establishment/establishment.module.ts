import { Module } from '@nestjs/common';
import { EstablishmentHandler } from './establishment.commands';
import { readModelProvider } from '../platform/read-model';
import { postModel } from './establishment.projector';
import { EstablishmentResolver } from './establishment.resolver';

@Module({ providers: [EstablishmentHandler, EstablishmentResolver, readModelProvider(postModel)] })
export class EstablishmentModule {}
