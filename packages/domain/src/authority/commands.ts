import type { Command } from '../shared/decider';

export type RegisterAuthority = Command<'RegisterAuthority', { authorityId: string; name: string; kind: string }>;
export type AddDirectorate = Command<'AddDirectorate', { directorateId: string; name: string }>;
export type AddService = Command<'AddService', { serviceId: string; directorateId: string; name: string }>;
export type AuthorityCommand = RegisterAuthority | AddDirectorate | AddService;

export type StartProgramme = Command<'StartProgramme', { programmeId: string; authorityId: string; name: string; objective: string }>;
export type ProgrammeCommand = StartProgramme;

export type AuthorityStructureCommand = AuthorityCommand | ProgrammeCommand;
