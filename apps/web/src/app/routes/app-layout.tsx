import { useEffect, useRef } from 'react';
import { Link, Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { Button } from '../../components/button';
import { roleLabel } from '../../lib/roles';
import type { Role } from '../../gql/graphql';
import { sessionEndReason, useSession } from '../../lib/session';
import { entryFor, navEntriesFor } from '../nav-model';
import { AsAtControl } from './as-at-control';
import { Footer } from './public-layout';
import { SkipLink } from './skip-link';
import { useCommand } from '../../lib/use-command';
import { SignOutDocument, signsOut } from '../../features/auth';

function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    // After a client-side navigation, start screen readers and keyboards at the new content.
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [pathname]);
}

function MainNav({ role, pathname }: { role: Role; pathname: string }) {
  const entries = navEntriesFor(role);
  const current = entryFor(entries, pathname);
  return (
    <>
      <nav aria-label="Main" className="nav">
        <ul className="nav__list width-container">
          {entries.map((entry) => (
            <li key={entry.label}>
              <Link to={entry.to} className="nav__link" aria-current={entry === current ? (pathname === entry.to ? 'page' : 'true') : undefined}>
                {entry.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {current && current.items.length > 1 && (
        <nav aria-label={current.label} className="nav nav--sub">
          <ul className="nav__list width-container">
            {current.items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} className="nav__link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}

export function AppLayout() {
  const session = useSession();
  const location = useLocation();
  const signOut = useCommand(SignOutDocument, signsOut);
  useFocusMainOnNavigation();

  if (!session) {
    const next = sessionEndReason() === 'expired' ? `?next=${encodeURIComponent(location.pathname + location.search)}` : '';
    return <Navigate to={`/sign-in${next}`} replace />;
  }

  const { me } = session;
  return (
    <>
      <SkipLink />
      <header className="masthead">
        <div className="masthead__bar width-container">
          <Link to="/" className="masthead__brand">
            OrgLedger
          </Link>
          <span className="masthead__tenant">{me.tenantName}</span>
          <div className="masthead__user">
            <p className="masthead__who">
              <span className="visually-hidden">Signed in as </span>
              <span className="masthead__name">{me.displayName}</span>
              <span className="masthead__role">{roleLabel(me.role)}</span>
            </p>
            <Button variant="inverse" onPress={() => signOut.mutate()} isDisabled={signOut.isPending}>
              Sign out
            </Button>
          </div>
        </div>
        <MainNav role={me.role} pathname={location.pathname} />
        <AsAtControl />
      </header>
      <main id="main" tabIndex={-1} className="main width-container">
        <Outlet />
      </main>
      <Footer />
    </>
  );
}
