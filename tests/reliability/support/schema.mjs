// Introspection-driven generation: every query and mutation of the live schema, arguments built from
// their input types, and a selection of every scalar field of the return type (up to a depth).
// New operations are covered by these suites without editing them.
import { randomUUID } from 'node:crypto';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { gql } from './gql.mjs';

// graphql-js's standard introspection query nests TypeRef 7 levels (14 in all), past the API's depth
// limit of 10 (see the introspection test in tenant-isolation.test.mjs). Four levels of ofType cover
// every type this schema can express ([X!]! is NON_NULL > LIST > NON_NULL > X) and keep it at 9.
const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INPUT_VALUE = `name description type { ${TYPE_REF} } defaultValue`;
export const SHALLOW_INTROSPECTION = `query ShallowIntrospection {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types {
      kind name description
      fields(includeDeprecated: true) { name description args { ${INPUT_VALUE} } type { ${TYPE_REF} } isDeprecated deprecationReason }
      inputFields { ${INPUT_VALUE} }
      interfaces { ${TYPE_REF} }
      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
      possibleTypes { ${TYPE_REF} }
    }
    directives { name description locations args { ${INPUT_VALUE} } }
  }
}`;

export const STANDARD_INTROSPECTION = getIntrospectionQuery();

export const introspect = async (url, token) => {
  const res = await gql(url, SHALLOW_INTROSPECTION, undefined, { token });
  if (res.status !== 200 || !res.body?.data) throw new Error(`introspection failed: HTTP ${res.status} ${res.text.slice(0, 500)}`);
  return buildClientSchema(res.body.data);
};

// [{ kind: 'query' | 'mutation', name, field }] for every root field, sorted by name.
export const rootOperations = (schema) => {
  const out = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) out.push({ kind, name: field.name, field });
  }
  return out.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
};

// `{ a b c { d e } }`: every leaf field without required arguments, object fields recursed up to depth.
export const selectionFor = (type, depth = 3) => {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const parts = [];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    const inner = getNamedType(f.type);
    if (isLeafType(inner)) parts.push(f.name);
    else if (depth > 1) {
      const sub = selectionFor(inner, depth - 1);
      if (sub) parts.push(`${f.name} ${sub}`);
    }
  }
  return parts.length ? `{ ${parts.join(' ')} }` : '{ __typename }';
};

// A custom scalar that describes itself as a number (e.g. Pence: "a whole number of pence").
export const isNumericScalar = (type) =>
  !['String', 'ID', 'Int', 'Float', 'Boolean'].includes(type.name) && /number|pence|amount|count|integer/i.test(`${type.name} ${type.description ?? ''}`);

export const isDateName = (name) => /(On|Date)$/.test(name) || /^date$/i.test(name);
export const isIdType = (type) => getNamedType(type).name === 'ID';

/**
 * A value for `type` (unwrapping non-null and lists; one element per list). Input objects get their
 * required fields, plus the optional ones `ctx.includeOptional(field, path)` asks for.
 * Leaves come from ctx.leaf(namedType, fieldName, path) — enums and scalars alike.
 */
export const generateValue = (type, name, ctx, path = [name]) => {
  if (isNonNullType(type)) return generateValue(type.ofType, name, ctx, path);
  if (isListType(type)) return [generateValue(type.ofType, name, ctx, [...path, 0])];
  if (isInputObjectType(type)) {
    const out = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) || ctx.includeOptional(f, [...path, f.name])) out[f.name] = generateValue(f.type, f.name, ctx, [...path, f.name]);
    }
    return out;
  }
  return ctx.leaf(type, name, path);
};

let serial = 0;
export const uniqueToken = (label = 'rel') => `${label}-${process.pid}-${Date.now().toString(36)}-${(serial++).toString(36)}`;

// A plausible, valid-looking value for a scalar or enum leaf (enum: the `variant`-th value, cycling).
export const plausibleLeaf = (type, name, { variant = 0, text = 'Isolation test' } = {}) => {
  if (isEnumType(type)) {
    const values = type.getValues();
    return values[variant % values.length].name;
  }
  switch (type.name) {
    case 'ID':
      return randomUUID();
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    default:
      if (isNumericScalar(type)) return 100;
      if (/email/i.test(name)) return `${uniqueToken('iso')}@reliability.example`;
      if (/password/i.test(name)) return 'Reliability-test-password-2026';
      if (isDateName(name)) return '2026-01-15';
      if (/fileName/i.test(name)) return 'establishment.csv';
      if (/base64/i.test(name)) return Buffer.from('reference,title\r\nREL-1,Officer\r\n').toString('base64');
      return text;
  }
};

/**
 * The document for one root field with the given argument values (only the arguments present in
 * `args` are declared), selecting every scalar of the return type up to `depth`.
 */
export const operationDocument = (op, args, depth = 3) => {
  const used = op.field.args.filter((a) => Object.prototype.hasOwnProperty.call(args, a.name));
  const defs = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const opName = `Rel_${op.name}`;
  const selection = selectionFor(op.field.type, depth);
  return `${op.kind} ${opName}${defs ? `(${defs})` : ''} { ${op.name}${call ? `(${call})` : ''} ${selection} }`;
};

// Every leaf path of an argument list: [{ path: [arg, field, 0, …], type, name, required, object, list }].
// Lists are a path of their own and their (single generated) element at index 0 is walked too.
export const leafPaths = (field) => {
  const out = [];
  const walk = (type, name, path, required, hasDefault = false) => {
    const element = typeof path[path.length - 1] === 'number'; // a list element cannot be "missing"
    const nonNull = isNonNullType(type);
    const inner = nonNull ? type.ofType : type;
    // a non-null field with a default value may be left out (but not sent as null)
    const isRequired = required && nonNull && !hasDefault;
    if (isListType(inner)) {
      out.push({ path, type, name, required: isRequired, nonNull, object: false, list: true, element });
      walk(inner.ofType, name, [...path, 0], isRequired);
      return;
    }
    if (isInputObjectType(inner)) {
      out.push({ path, type, name, required: isRequired, nonNull, object: true, list: false, element });
      for (const f of Object.values(inner.getFields())) walk(f.type, f.name, [...path, f.name], isRequired, f.defaultValue !== undefined);
      return;
    }
    out.push({ path, type, name, required: isRequired, nonNull, object: false, list: false, element });
  };
  for (const a of field.args) walk(a.type, a.name, [a.name], true, a.defaultValue !== undefined);
  return out;
};

// Returns a deep copy of `args` with the value at `path` replaced (or removed when value === REMOVE).
export const REMOVE = Symbol('remove');
export const withValueAt = (args, path, value) => {
  const copy = structuredClone(args);
  let node = copy;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key];
  }
  const last = path[path.length - 1];
  if (value === REMOVE) delete node[last];
  else node[last] = value;
  return copy;
};
