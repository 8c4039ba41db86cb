import { graphql } from '../../../gql';
import { endSession, startSession } from '../../../lib/session';

// The invitee sets their own password and is signed in.
export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: UseLinkInput!) {
    acceptInvitation(input: $input) {
      token
      expiresAt
      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }
    }
  }
`);

// A new password through a reset link a tenant admin issued; earlier sessions end.
export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: UseLinkInput!) {
    resetPassword(input: $input) {
      token
      expiresAt
      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }
    }
  }
`);

// Ends the session on the server (every device), then here, whether or not the server answered.
export const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
      expiresAt
      me { id email displayName role tenantId tenantName authorityId serviceId authorityIds }
    }
  }
`);

// The answer is a session: the user is signed in.
export const signsIn = { onSuccess: startSession };

// Ends the session on the server (every device), then here, whether or not the server answered.
export const signsOut = { onSettled: () => endSession('signed-out') };
