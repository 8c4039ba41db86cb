import { useEffect, useRef } from 'react';
import { Link, Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { Button } from '../../components/button';
import { roleLabel } from '../../lib/roles';
import { endSession, sessionEndReason, useSession } from '../../lib/session';
import { navFor } from '../nav-model';
import { Footer } from './public-layout';
import { SkipLink } from './skip-link';

function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    // After a client-side navigation, start screen readers and keyboards at the new content.
    if (first.current) { first.current = false; return; }
    document.getElementById('main')?.focus();
  }, [pathname]);
}

export function AppLayout() {
  const session = useSession();
  const location = useLocation();
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
          <Link to="/" className="masthead__brand">OrgLedger</Link>
          <span className="masthead__tenant">{me.tenantName}</span>
          <div className="masthead__user">
            <p className="masthead__who">
              <span className="visually-hidden">Signed in as </span>
              <span className="masthead__name">{me.displayName}</span>
              <span className="masthead__role">{roleLabel(me.role)}</span>
            </p>
            <Button variant="inverse" onPress={() => endSession('signed-out')}>Sign out</Button>
          </div>
        </div>
        <nav aria-label="Main" className="nav">
          <ul className="nav__list width-container">
            {navFor(me.role).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} className="nav__link">{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="main width-container">
        <Outlet />
      </main>
      <Footer />
    </>
  );
}
