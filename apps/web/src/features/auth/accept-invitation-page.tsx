import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Navigate, useSearchParams } from 'react-router';
import { Button } from '../../components/button';
import { PageHeading } from '../../components/page-heading';
import { TextField } from '../../components/text-field';
import { useSession } from '../../lib/session';
import { useCommand } from '../../lib/use-command';
import { AcceptInvitationDocument, ResetPasswordDocument, signsIn } from './api/auth.commands';
import { ErrorNotice } from '../../components/notice';

const MIN_LENGTH = 12;

export function ResetPasswordPage() {
  return <AcceptInvitationPage mode="reset" />;
}

// The page an invitation link (or a reset link) opens: only its person, holding the link, chooses the password.
export function AcceptInvitationPage({ mode = 'invitation' }: { mode?: 'invitation' | 'reset' }) {
  const session = useSession();
  const [params] = useSearchParams();
  const invitation = useCommand(AcceptInvitationDocument, signsIn);
  const reset = useCommand(ResetPasswordDocument, signsIn);
  const accept = mode === 'reset' ? reset : invitation;
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const token = params.get('token') ?? '';

  if (session) return <Navigate to="/" replace />;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (accept.isPending) return;
    if ([...password].length < MIN_LENGTH) return setError(`Use at least ${MIN_LENGTH} characters; a phrase of several words is easiest to remember.`);
    if (password !== again) return setError('The two passwords are not the same.');
    setError(null);
    accept.mutate({ token, password });
  }

  return (
    <div className="sign-in">
      <PageHeading title="Set your password">{mode === 'reset' ? 'Choose a new password' : 'Accept your invitation'}</PageHeading>
      {!token && <ErrorNotice>This page needs the link you were sent. Open it again, or ask for a new one.</ErrorNotice>}
      {accept.error && <ErrorNotice>{accept.error.message}</ErrorNotice>}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form" aria-label="Set your password">
        <TextField
          label="New password"
          hint={`At least ${MIN_LENGTH} characters, and not a common password.`}
          type="password"
          autoComplete="new-password"
          isRequired
          value={password}
          onChange={setPassword}
          error={error ?? undefined}
        />
        <TextField label="New password again" type="password" autoComplete="new-password" isRequired value={again} onChange={setAgain} />
        <Button type="submit" isDisabled={!token || accept.isPending}>
          Set password and sign in
        </Button>
      </Form>
    </div>
  );
}
