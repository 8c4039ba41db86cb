// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, nameOf, quoted, roleLabel } from '../shared/describing';
import { tenancyErrorKinds } from './errors';
import { tenancyUpcasters } from './upcasters';

export const context = defineContext({
  upcasters: tenancyUpcasters,
  errorKinds: tenancyErrorKinds,
  describers: {
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
  },
});
