import { redirect, type LoaderFunctionArgs } from 'react-router';
import type { Role } from '../gql/graphql';
import { getSession } from '../lib/session';
import { homePathFor } from './nav-model';

// Parent and child loaders run in parallel, so each guard must build the same redirect.
function toSignIn(request: Request) {
  const url = new URL(request.url);
  const next = url.pathname === '/' ? '' : `?next=${encodeURIComponent(url.pathname + url.search)}`;
  return redirect(`/sign-in${next}`);
}

export function requireSession({ request }: LoaderFunctionArgs) {
  if (!getSession()) throw toSignIn(request);
  return null;
}

// Hides sections from roles that may not open them; the API enforces access regardless.
export function requireRole(roles: readonly Role[]) {
  return ({ request }: LoaderFunctionArgs) => {
    const session = getSession();
    if (!session) throw toSignIn(request);
    if (!roles.includes(session.me.role)) throw redirect('/');
    return null;
  };
}

export function redirectHome({ request }: LoaderFunctionArgs) {
  const session = getSession();
  throw session ? redirect(homePathFor(session.me.role)) : toSignIn(request);
}
