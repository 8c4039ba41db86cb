import { Link, Outlet } from 'react-router';
import { SkipLink } from './skip-link';

export function PublicLayout() {
  return (
    <>
      <SkipLink />
      <header className="masthead">
        <div className="masthead__bar width-container">
          <Link to="/" className="masthead__brand">
            OrgLedger
          </Link>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main width-container">
        <Outlet />
      </main>
      <Footer />
    </>
  );
}

export function Footer() {
  return (
    <footer className="footer">
      <div className="width-container">
        <p>OrgLedger keeps every redesign decision as a record that auditors can replay.</p>
      </div>
    </footer>
  );
}
