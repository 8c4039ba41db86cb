/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditHome {\n    authorities { id name kind programmes { id } }\n  }\n": typeof types.AuditHomeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query Authorities {\n    authorities {\n      id\n      name\n      kind\n      directorates { id }\n      services { id }\n      programmes { id name stage }\n    }\n  }\n": typeof types.AuthoritiesDocument,
    "\n  query Authority($id: ID!) {\n    authority(id: $id) {\n      id\n      name\n      kind\n      directorates { id name }\n      services { id name directorateId }\n      programmes { id name objective stage startedOn }\n    }\n  }\n": typeof types.AuthorityDocument,
    "\n  query PortalHome($authorityId: ID!) {\n    authority(id: $authorityId) {\n      id\n      name\n      directorates { id name }\n      services { id name directorateId }\n    }\n  }\n": typeof types.PortalHomeDocument,
    "\n  query Programmes($authorityId: ID) {\n    programmes(authorityId: $authorityId) { id authorityId name objective stage startedOn }\n    authorities { id name }\n  }\n": typeof types.ProgrammesDocument,
};
const documents: Documents = {
    "\n  query AuditHome {\n    authorities { id name kind programmes { id } }\n  }\n": types.AuditHomeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }\n    }\n  }\n": types.SignInDocument,
    "\n  query Authorities {\n    authorities {\n      id\n      name\n      kind\n      directorates { id }\n      services { id }\n      programmes { id name stage }\n    }\n  }\n": types.AuthoritiesDocument,
    "\n  query Authority($id: ID!) {\n    authority(id: $id) {\n      id\n      name\n      kind\n      directorates { id name }\n      services { id name directorateId }\n      programmes { id name objective stage startedOn }\n    }\n  }\n": types.AuthorityDocument,
    "\n  query PortalHome($authorityId: ID!) {\n    authority(id: $authorityId) {\n      id\n      name\n      directorates { id name }\n      services { id name directorateId }\n    }\n  }\n": types.PortalHomeDocument,
    "\n  query Programmes($authorityId: ID) {\n    programmes(authorityId: $authorityId) { id authorityId name objective stage startedOn }\n    authorities { id name }\n  }\n": types.ProgrammesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditHome {\n    authorities { id name kind programmes { id } }\n  }\n"): typeof import('./graphql').AuditHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      expiresAt\n      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Authorities {\n    authorities {\n      id\n      name\n      kind\n      directorates { id }\n      services { id }\n      programmes { id name stage }\n    }\n  }\n"): typeof import('./graphql').AuthoritiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Authority($id: ID!) {\n    authority(id: $id) {\n      id\n      name\n      kind\n      directorates { id name }\n      services { id name directorateId }\n      programmes { id name objective stage startedOn }\n    }\n  }\n"): typeof import('./graphql').AuthorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalHome($authorityId: ID!) {\n    authority(id: $authorityId) {\n      id\n      name\n      directorates { id name }\n      services { id name directorateId }\n    }\n  }\n"): typeof import('./graphql').PortalHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programmes($authorityId: ID) {\n    programmes(authorityId: $authorityId) { id authorityId name objective stage startedOn }\n    authorities { id name }\n  }\n"): typeof import('./graphql').ProgrammesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
