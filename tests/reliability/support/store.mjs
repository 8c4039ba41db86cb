// Read-only views of DATA_DIR/events.sqlite (better-sqlite3), to check what was really appended.
import { join } from 'node:path';
import Database from 'better-sqlite3';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const openEvents = (dataDir) => {
  // ORGLEDGER_SQLITE_BINDING: the addon built for Node 24 when `npm run test:node24` runs this suite
  const db = new Database(join(dataDir, 'events.sqlite'), {
    readonly: true,
    fileMustExist: true,
    nativeBinding: process.env.ORGLEDGER_SQLITE_BINDING || undefined,
  });
  db.pragma('busy_timeout = 5000');
  const parse = (row) => ({ ...row, data: JSON.parse(row.data), metadata: JSON.parse(row.metadata) });
  const q = {
    count: db.prepare('SELECT COUNT(*) AS n FROM events'),
    head: db.prepare('SELECT COALESCE(MAX(position), 0) AS p FROM events'),
    countTenant: db.prepare('SELECT COUNT(*) AS n FROM events WHERE tenant_id = ?'),
    // a tenant's own streams, plus global email claims made on its behalf
    countOwned: db.prepare(`SELECT COUNT(*) AS n FROM events WHERE tenant_id = ? OR (tenant_id = 'global' AND json_extract(data, '$.tenantId') = ?)`),
    all: db.prepare('SELECT * FROM events ORDER BY position'),
    after: db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position'),
    ofTenant: db.prepare('SELECT * FROM events WHERE tenant_id = ? ORDER BY position'),
    ofStream: db.prepare('SELECT * FROM events WHERE stream = ? ORDER BY revision'),
    byCausation: db.prepare(`SELECT * FROM events WHERE json_extract(metadata, '$.causationId') = ? ORDER BY position`),
    tenants: db.prepare(`SELECT data FROM events WHERE type = 'TenantCreated' ORDER BY position`),
  };
  return {
    count: () => q.count.get().n,
    head: () => q.head.get().p,
    countTenant: (tenantId) => q.countTenant.get(tenantId).n,
    countOwned: (tenantId) => q.countOwned.get(tenantId, tenantId).n,
    all: () => q.all.all().map(parse),
    after: (position) => q.after.all(position).map(parse),
    ofTenant: (tenantId) => q.ofTenant.all(tenantId).map(parse),
    ofStream: (stream) => q.ofStream.all(stream).map(parse),
    byCausation: (commandId) => q.byCausation.all(commandId).map(parse),
    tenants: () => q.tenants.all().map((r) => JSON.parse(r.data)),
    close: () => db.close(),
  };
};

// The id part of a stream name `<category>-<tenantId>_<id>`.
export const streamParts = (stream) => {
  const m = /^([a-z][A-Za-z0-9]*)-([A-Za-z0-9-]+)_(.+)$/s.exec(stream);
  return m ? { category: m[1], tenantId: m[2], id: m[3] } : null;
};

export const isUuid = (s) => typeof s === 'string' && UUID.test(s);

// Every `...Id` value (and `id`) in an object, recursively: [{ key, value }].
export const idFields = (value, out = [], key = '') => {
  if (Array.isArray(value)) value.forEach((v) => idFields(v, out, key));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) idFields(v, out, k);
  else if (typeof value === 'string' && isUuid(value) && (key === 'id' || /Id$/.test(key))) out.push({ key, value });
  return out;
};

/**
 * What a tenant's events say about its entities, for the isolation suite:
 *   ids:      Map id → { kind, authorityId|null, serviceId|null }  (kind from the field name or stream)
 *   strings:  Map text → [{ kind, authorityId|null, serviceId|null, userId|null }]  (every owner of a
 *             name, reference, email… — the same activity name may belong to several programmes)
 * The owner of a nested value is the nearest enclosing object's serviceId, and the event's authority.
 */
// Kinds that belong to one service of an authority (a service director sees only their own).
export const SERVICE_SCOPED = ['post', 'return'];
const TEXT_KEYS = ['name', 'kind', 'objective', 'email', 'displayName', 'reference', 'postholderRef', 'fileName'];
// A `kind` that is an enum code (`letter`, `union_response`) is vocabulary every tenant shares, not A's data;
// a named kind ("Highways maintenance") still counts.
const isCode = (key, value) => key === 'kind' && typeof value === 'string' && /^[a-z][a-z0-9_]*$/.test(value);

export const tenantCatalogue = (events, tenantId) => {
  const ids = new Map();
  const strings = new Map();
  const addId = (id, info) => {
    if (!isUuid(id)) return;
    const known = ids.get(id);
    if (!known) ids.set(id, { ...info });
    // a user belongs to the authority it was registered for, never to one it was later granted
    else if (known.kind !== 'user') {
      if (!known.authorityId && info.authorityId) known.authorityId = info.authorityId;
      if (!known.serviceId && info.serviceId) known.serviceId = info.serviceId;
    }
  };
  const addText = (text, info) => {
    if (typeof text !== 'string' || text.trim().length < 3) return;
    const owners = strings.get(text) ?? [];
    if (!owners.some((o) => o.kind === info.kind && o.authorityId === info.authorityId && o.serviceId === info.serviceId && o.userId === info.userId)) {
      owners.push(info);
    }
    strings.set(text, owners);
  };
  for (const e of events) {
    if (e.tenant_id !== tenantId) continue;
    const parts = streamParts(e.stream);
    const d = e.data;
    const category = parts?.category ?? 'unknown';
    const authorityId = e.metadata.authorityId ?? d.authorityId ?? (category === 'authority' ? parts.id : null);
    if (e.type === 'UserRegistered' || e.type === 'UserInvited') {
      const owner = { kind: 'user', authorityId: d.authorityId ?? null, serviceId: d.serviceId ?? null, userId: d.userId };
      addId(d.userId, owner);
      addText(d.email, owner);
      addText(d.displayName, owner);
    }
    if (parts && isUuid(parts.id)) {
      const kind = category === 'credential' ? 'user' : category;
      const owner = kind === 'user' ? null : kind === 'tenant' ? null : authorityId;
      addId(parts.id, { kind, authorityId: owner, serviceId: null });
    }
    const walk = (value, key, serviceId) => {
      if (Array.isArray(value)) return value.forEach((v) => walk(v, key, serviceId));
      if (value && typeof value === 'object') {
        const here = typeof value.serviceId === 'string' ? value.serviceId : serviceId;
        for (const [k, v] of Object.entries(value)) walk(v, k, here);
        return;
      }
      if (typeof value !== 'string') return;
      if (isUuid(value) && (key === 'id' || /Id$/.test(key))) {
        const kind = key === 'id' ? category : key.slice(0, -2);
        if (kind === 'user') return addId(value, { kind, authorityId: null, serviceId: null });
        const owner = kind === 'authority' ? value : kind === 'tenant' ? null : authorityId;
        addId(value, { kind, authorityId: owner, serviceId: kind === 'service' ? value : SERVICE_SCOPED.includes(kind) ? (serviceId ?? null) : null });
      } else if (TEXT_KEYS.includes(key) && e.type !== 'UserRegistered' && e.type !== 'UserInvited' && !isCode(key, value)) {
        addText(value, { kind: category, authorityId: category === 'tenant' ? null : authorityId, serviceId: serviceId ?? null, userId: null });
      }
    };
    walk(d, '', null);
  }
  return { ids, strings };
};
