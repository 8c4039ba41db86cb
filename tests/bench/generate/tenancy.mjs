// Tenancy context: the consultancy (tenant), its staff, the council (portal) users and auditor grants.
// Mirrors apps/api/src/tenancy/invitations.ts addUserWithPassword: InviteUser, then the invitee
// claims the address and accepts under their own actor; the password goes to credentials.sqlite
// (written by index.mjs for every InvitationAccepted), never into the log.
import { createHash } from 'node:crypto';
import { FIRM_SUFFIXES, FIRST_NAMES, REASONS, SURNAMES } from './names.mjs';

export const name = 'tenancy';
export const version = 2;

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const INVITATION_MS = 7 * 86_400_000;

// The API's invite-then-accept, as commands: the invitation on the user stream, the address claim
// and the acceptance with the invitee as actor (as when they follow the link).
function* registerUser(t, g, actor, { role, displayName, email, authorityId = null, serviceId = null }) {
  const { deciders, streamName, derivedUuid, emailClaimStream } = g.lib;
  const meta = g.meta(actor);
  const userId = derivedUuid(meta.commandId, 'user');
  // Any 64-hex digest does: the bench never holds the link, it accepts on the invitee's behalf.
  const tokenHash = createHash('sha256').update(`bench-invitation:${userId}`).digest('hex');
  const expiresAt = new Date(Date.parse(meta.now) + INVITATION_MS).toISOString();
  const data = { userId, email, displayName, role, authorityId, serviceId, tokenHash, expiresAt };
  const userStream = streamName('user', t.tenantId, userId);
  yield { stream: userStream, decider: deciders.user, command: { type: 'InviteUser', data, metadata: meta } };
  const self = { ...meta, actor: { userId, role, displayName }, commandId: derivedUuid(tokenHash, 'accept') };
  yield { stream: emailClaimStream(email), decider: deciders.emailClaim, command: { type: 'ClaimEmail', data: { email, userId }, metadata: self } };
  yield { stream: userStream, decider: deciders.user, command: { type: 'AcceptInvitation', data: { userId, tokenHash }, metadata: self } };
  t.stats.users += 1;
  return { userId, role, displayName, email };
}

const person = (r, domain, used) => {
  const first = r.pick(FIRST_NAMES);
  const last = r.pick(SURNAMES);
  let local = `${first}.${last}`.toLowerCase();
  for (let n = 2; used.has(local); n += 1) local = `${first}.${last}${n}`.toLowerCase();
  used.add(local);
  return { displayName: `${first} ${last}`, email: `${local}@${domain}` };
};

const actorOf = (u) => ({ userId: u.userId, role: u.role, displayName: u.displayName });

// The consultancy: created by the operator (CLI), its first admin, then staff added by that admin.
function* setupTenant(t, g) {
  const { deciders, streamName, derivedUuid, SYSTEM_ACTOR } = g.lib;
  const r = g.rng('staff');
  const name = `${r.pick(SURNAMES)} ${r.pick(FIRM_SUFFIXES)}`;
  const meta = g.meta(SYSTEM_ACTOR, 'pending');
  const tenantId = derivedUuid(meta.commandId, 'tenant');
  Object.assign(t, { tenantId, name, domain: `${slug(name)}.t${t.index}.example`, usedLocals: new Set() });
  yield {
    stream: streamName('tenant', tenantId, tenantId),
    decider: deciders.tenant,
    command: { type: 'CreateTenant', data: { tenantId, name }, metadata: { ...meta, tenantId } },
  };
  const admins = [];
  const first = yield* registerUser(t, g, SYSTEM_ACTOR, { role: 'tenant_admin', ...person(r, t.domain, t.usedLocals) });
  admins.push(first);
  const staff = t.plan.staff;
  for (let i = 1; i < staff.admins; i += 1)
    admins.push(yield* registerUser(t, g, actorOf(first), { role: 'tenant_admin', ...person(r, t.domain, t.usedLocals) }));
  const consultants = [];
  for (let i = 0; i < staff.consultants; i += 1) {
    consultants.push(yield* registerUser(t, g, actorOf(first), { role: 'consultant', ...person(r, t.domain, t.usedLocals) }));
  }
  const auditors = [];
  for (let i = 0; i < staff.auditors; i += 1)
    auditors.push(yield* registerUser(t, g, actorOf(first), { role: 'auditor', ...person(r, t.domain, t.usedLocals) }));
  t.people = { admins, consultants, auditors };
}

// Council staff on the portal, added by the council's lead consultant once the structure exists.
function* portalUsers(t, g, council) {
  const r = g.rng(`council:${council.index}:portal`);
  const lead = actorOf(council.lead);
  const domain = `${slug(council.name)}.t${t.index}.example`;
  const used = new Set();
  const add = (role, extra = {}) => registerUser(t, g, lead, { role, authorityId: council.authorityId, ...person(r, domain, used), ...extra });
  const directors = Math.max(1, Math.round(council.services.length * (0.06 + r.next() * 0.08)));
  for (const service of r.shuffle(council.services).slice(0, directors)) yield* add('service_director', { serviceId: service.serviceId });
  yield* add('hr_partner');
  yield* add('finance_partner');
  for (let i = r.int(1, 4); i > 0; i -= 1) yield* add('da_member');
  if (council.programmes.length > 0 && r.chance(0.5)) yield* add('interim_service_manager');
}

// Internal audit is granted to some councils by a tenant admin.
function* auditorGrants(t, g, council) {
  const { deciders, streamName } = g.lib;
  const r = g.rng(`council:${council.index}:audit`);
  for (const auditor of t.people.auditors) {
    if (!r.chance(0.35)) continue;
    const meta = g.meta(actorOf(t.people.admins[0]), r.pick(['Internal audit review of the redesign', 'External audit sample', 'Scrutiny request']));
    yield {
      stream: streamName('user', t.tenantId, auditor.userId),
      decider: deciders.user,
      command: { type: 'GrantAuditorAccess', data: { userId: auditor.userId, authorityId: council.authorityId }, metadata: meta },
    };
  }
}

// Sizes of the consultancy's own staff for a tenant with `councils` clients.
export const planStaff = (r, councils) => ({
  admins: 1 + (councils > 20 ? 1 : 0) + (councils > 100 ? 1 : 0),
  consultants: Math.min(80, Math.max(2, Math.round(councils * (0.3 + r.next() * 0.4)) + r.int(0, 3))),
  auditors: councils > 100 ? 5 : r.int(1, 3),
});

export const steps = [
  { phase: 'tenant', order: 0, run: setupTenant },
  { phase: 'council', order: 20, run: portalUsers },
  { phase: 'council', order: 30, run: auditorGrants },
];

export { REASONS };
