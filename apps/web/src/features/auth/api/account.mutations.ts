import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql';
import { endSession, startSession } from '../../../lib/session';

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: UseLinkInput!) {
    acceptInvitation(input: $input) {
      token
      expiresAt
      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }
    }
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: UseLinkInput!) {
    resetPassword(input: $input) {
      token
      expiresAt
      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }
    }
  }
`);

export const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

// The invitee sets their own password and is signed in.
export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) => execute(AcceptInvitationDocument, { input }),
    onSuccess: ({ acceptInvitation }) => startSession(acceptInvitation),
  });
}

// A new password through a reset link a tenant admin issued; earlier sessions end.
export function useResetPassword() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) => execute(ResetPasswordDocument, { input }),
    onSuccess: ({ resetPassword }) => startSession(resetPassword),
  });
}

// Ends the session on the server (every device), then here, whether or not the server answered.
export function useSignOut() {
  return useMutation({
    mutationFn: () => execute(SignOutDocument),
    onSettled: () => endSession('signed-out'),
  });
}
