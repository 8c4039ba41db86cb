// Authority-structure context: councils, their directorates and services, and programmes.
// Mirrors apps/api/src/authorities/authority.commands.ts (ids derived from the command id).
import { AREAS, COUNCIL_KINDS, DIRECTORATES, PROGRAMMES, REASONS, placeName } from './names.mjs';

export const name = 'authority';
export const version = 2;

const kindOf = (r) => {
  let x = r.next();
  for (const k of COUNCIL_KINDS) {
    if (x < k.share) return k;
    x -= k.share;
  }
  return COUNCIL_KINDS[COUNCIL_KINDS.length - 1];
};

// Service names for one directorate: its catalogue first, then area-qualified names when the
// council files more services than the catalogue holds (all unique council-wide).
const serviceNames = (r, directorate, count) => {
  const base = r.shuffle(DIRECTORATES[directorate]);
  const names = base.slice(0, count);
  for (let i = 0; names.length < count; i += 1)
    names.push(`${base[i % base.length]} (${AREAS[Math.floor(i / base.length) % AREAS.length]}${i >= base.length * AREAS.length ? ` ${i}` : ''})`);
  return names;
};

function* councilStructure(t, g, council) {
  const { deciders, streamName, derivedUuid } = g.lib;
  const r = g.rng(`council:${council.index}:structure`);
  const kind = kindOf(r);
  const lead = t.people.consultants[council.index % t.people.consultants.length];
  const actor = { userId: lead.userId, role: lead.role, displayName: lead.displayName };
  // A consultancy does not have two clients of the same name (their staff's email domains follow it).
  t.councilNames ??= new Set();
  let name = kind.name(placeName(r));
  for (let n = 2; t.councilNames.has(name); n += 1) name = kind.name(`${placeName(r)}${n > 8 ? ` ${n}` : ''}`);
  t.councilNames.add(name);
  const meta = g.meta(actor, 'New client engagement');
  const authorityId = derivedUuid(meta.commandId, 'authority');
  const stream = streamName('authority', t.tenantId, authorityId);
  Object.assign(council, { name, kind: kind.kind, lead, authorityId, directorates: [], services: [], programmes: [] });
  yield {
    stream,
    decider: deciders.authority,
    command: { type: 'RegisterAuthority', data: { authorityId, name, kind: kind.kind }, metadata: meta },
    options: { authorityId },
  };
  const directorates = r.shuffle(Object.keys(DIRECTORATES)).slice(0, r.int(...kind.directorates));
  for (const directorate of directorates) {
    const m = g.meta(actor, r.chance(0.2) ? r.pick(REASONS) : undefined);
    const directorateId = derivedUuid(m.commandId, 'directorate');
    council.directorates.push({ directorateId, name: directorate });
    yield {
      stream,
      decider: deciders.authority,
      command: { type: 'AddDirectorate', data: { directorateId, name: directorate }, metadata: m },
      options: { authorityId },
    };
    for (const service of serviceNames(r, directorate, r.int(...kind.perDirectorate))) {
      const ms = g.meta(actor, r.chance(0.1) ? r.pick(REASONS) : undefined);
      const serviceId = derivedUuid(ms.commandId, 'service');
      council.services.push({ serviceId, directorateId, name: service });
      yield {
        stream,
        decider: deciders.authority,
        command: { type: 'AddService', data: { serviceId, directorateId, name: service }, metadata: ms },
        options: { authorityId },
      };
    }
  }
  for (const [programme, objective] of r.shuffle(PROGRAMMES).slice(0, r.int(1, 4))) {
    const m = g.meta(actor, 'Engagement letter signed');
    const programmeId = derivedUuid(m.commandId, 'programme');
    council.programmes.push(programmeId);
    yield {
      stream: streamName('programme', t.tenantId, programmeId),
      decider: deciders.programme,
      command: { type: 'StartProgramme', data: { programmeId, authorityId, name: programme, objective }, metadata: m },
      options: { authorityId },
    };
  }
}

export const steps = [{ phase: 'council', order: 10, run: councilStructure }];
