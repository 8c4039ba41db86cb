// Tenancy, authorities and programmes, templates.
import { nameOf } from '../lexicon';
import { actorPhrase as who, quoted, roleLabel } from '../phrases';
import type { Describers } from './types';

export const structureDescribers = {
  TenantCreated: (e, l) => `${who(e, l)} created the consultancy ${quoted(e.data.name)}`,
  PostholderNamePolicySet: (e, l) => `${who(e, l)} ${e.data.allowNames ? 'allowed' : 'stopped'} postholder names in establishment records`,
  UserRegistered: (e, l) => `${who(e, l)} registered ${e.data.displayName} as ${roleLabel(e.data.role)}`,
  AuditorAccessGranted: (e, l) =>
    `${who(e, l)} granted auditor ${nameOf(l, e.data.userId, 'a user')} access to ${nameOf(l, e.data.authorityId, 'an authority')}`,
  AuditorAccessRevoked: (e, l) =>
    `${who(e, l)} revoked auditor ${nameOf(l, e.data.userId, 'a user')}'s access to ${nameOf(l, e.data.authorityId, 'an authority')}`,
  UserInvited: (e, l) => `${who(e, l)} invited ${e.data.displayName} as ${roleLabel(e.data.role)}; the link expires ${String(e.data.expiresAt).slice(0, 10)}`,
  InvitationAccepted: (e, l) => `${nameOf(l, e.data.userId, 'A user')} accepted their invitation and set their own password`,
  PasswordResetIssued: (e, l) => `${who(e, l)} issued a password reset link for ${nameOf(l, e.data.userId, 'a user')}`,
  PasswordResetCompleted: (e, l) => `${nameOf(l, e.data.userId, 'A user')} set a new password with a reset link`,
  UserDeactivated: (e, l) => `${who(e, l)} deactivated ${nameOf(l, e.data.userId, 'a user')}`,
  // never the hash itself
  PasswordSet: (e, l) => `${who(e, l)} set a new password for ${nameOf(l, e.data.userId, 'a user')}`,
  EmailClaimed: (e, l) => `${who(e, l)} reserved a sign-in email for ${nameOf(l, e.data.userId, 'a user')}`,
  AuthorityRegistered: (e, l) => `${who(e, l)} registered the authority ${e.data.name} (${e.data.kind})`,
  DirectorateAdded: (e, l) => `${who(e, l)} added the directorate ${e.data.name} to ${nameOf(l, e.data.authorityId, 'the authority')}`,
  ServiceAdded: (e, l) => `${who(e, l)} added the service ${e.data.name} to ${nameOf(l, e.data.directorateId, 'a directorate')}`,
  ProgrammeStarted: (e, l) => `${who(e, l)} started the programme ${quoted(e.data.name)} on ${e.data.startedOn}: ${e.data.objective}`,
  TemplateSaved: (e, l) => `${who(e, l)} saved the template ${quoted(e.data.name)}`,
  TemplateRetired: (e, l) => `${who(e, l)} retired the template ${quoted(nameOf(l, e.data.templateId, 'unnamed'))}`,
  AuditCheckpointSealed: (e) => `OrgLedger sealed checkpoint ${e.data.body?.sequence} over ${e.data.body?.streams} streams and ${e.data.body?.events} events`,
} satisfies Describers;
