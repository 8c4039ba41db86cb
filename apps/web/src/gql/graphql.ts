/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Role =
  | 'AUDITOR'
  | 'CONSULTANT'
  | 'DA_MEMBER'
  | 'FINANCE_PARTNER'
  | 'HR_PARTNER'
  | 'INTERIM_SERVICE_MANAGER'
  | 'SERVICE_DIRECTOR'
  | 'TENANT_ADMIN';

export type SignInInput = {
  email: string;
  password: string;
};

export type AuditHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditHomeQuery = { authorities: Array<{ id: string, name: string, kind: string, programmes: Array<{ id: string }> }> };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { token: string, expiresAt: string, me: { id: string, email: string, displayName: string, role: Role, tenantId: string, tenantName: string, authorityId: string | null, serviceId: string | null, authorityIds: Array<string> } } };

export type AuthoritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthoritiesQuery = { authorities: Array<{ id: string, name: string, kind: string, directorates: Array<{ id: string }>, services: Array<{ id: string }>, programmes: Array<{ id: string, name: string, stage: string }> }> };

export type AuthorityQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorityQuery = { authority: { id: string, name: string, kind: string, directorates: Array<{ id: string, name: string }>, services: Array<{ id: string, name: string, directorateId: string }>, programmes: Array<{ id: string, name: string, objective: string, stage: string, startedOn: string }> } };

export type PortalHomeQueryVariables = Exact<{
  authorityId: string | number;
}>;


export type PortalHomeQuery = { authority: { id: string, name: string, directorates: Array<{ id: string, name: string }>, services: Array<{ id: string, name: string, directorateId: string }> } };

export type ProgrammesQueryVariables = Exact<{
  authorityId?: string | number | null | undefined;
}>;


export type ProgrammesQuery = { programmes: Array<{ id: string, authorityId: string, name: string, objective: string, stage: string, startedOn: string }>, authorities: Array<{ id: string, name: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AuditHomeDocument = new TypedDocumentString(`
    query AuditHome {
  authorities {
    id
    name
    kind
    programmes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuditHomeQuery, AuditHomeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    token
    expiresAt
    me {
      id
      email
      displayName
      role
      tenantId
      tenantName
      authorityId
      serviceId
      authorityIds
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const AuthoritiesDocument = new TypedDocumentString(`
    query Authorities {
  authorities {
    id
    name
    kind
    directorates {
      id
    }
    services {
      id
    }
    programmes {
      id
      name
      stage
    }
  }
}
    `) as unknown as TypedDocumentString<AuthoritiesQuery, AuthoritiesQueryVariables>;
export const AuthorityDocument = new TypedDocumentString(`
    query Authority($id: ID!) {
  authority(id: $id) {
    id
    name
    kind
    directorates {
      id
      name
    }
    services {
      id
      name
      directorateId
    }
    programmes {
      id
      name
      objective
      stage
      startedOn
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorityQuery, AuthorityQueryVariables>;
export const PortalHomeDocument = new TypedDocumentString(`
    query PortalHome($authorityId: ID!) {
  authority(id: $authorityId) {
    id
    name
    directorates {
      id
      name
    }
    services {
      id
      name
      directorateId
    }
  }
}
    `) as unknown as TypedDocumentString<PortalHomeQuery, PortalHomeQueryVariables>;
export const ProgrammesDocument = new TypedDocumentString(`
    query Programmes($authorityId: ID) {
  programmes(authorityId: $authorityId) {
    id
    authorityId
    name
    objective
    stage
    startedOn
  }
  authorities {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ProgrammesQuery, ProgrammesQueryVariables>;