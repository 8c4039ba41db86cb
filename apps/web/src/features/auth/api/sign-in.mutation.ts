import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { startSession } from '../../../lib/session';

export const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
      expiresAt
      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }
    }
  }
`);

export type SignInValues = { email: string; password: string };

export function useSignIn() {
  return useMutation({
    mutationFn: (input: SignInValues) => execute(SignInDocument, { input }),
    onSuccess: ({ signIn }) => startSession(signIn),
  });
}
