import { Navigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { sessionEndReason, useSession } from '../../lib/session';
import { SignInForm } from './components/sign-in-form';
import { signInFailureMessage } from './components/sign-in-failure';
import { useCommand } from '../../lib/use-command';
import { SignInDocument, signsIn } from './api/auth.commands';

// Only follow links inside the app after sign-in.
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : null;
}

export function SignInPage() {
  const session = useSession();
  const [params] = useSearchParams();
  const signIn = useCommand(SignInDocument, signsIn);

  // The index route sends each role to its own home.
  if (session) return <Navigate to={safeNext(params.get('next')) ?? '/'} replace />;

  return (
    <div className="sign-in">
      <PageHeading title="Sign in">Sign in to OrgLedger</PageHeading>
      {!signIn.error && sessionEndReason() && (
        <div className="notice" role="status">
          <p>{sessionEndReason() === 'expired' ? 'Your session has ended. Sign in again to carry on.' : 'You have signed out.'}</p>
        </div>
      )}
      <SignInForm onSubmit={(values) => signIn.mutate(values)} isPending={signIn.isPending} failure={signInFailureMessage(signIn.error)} />
    </div>
  );
}
