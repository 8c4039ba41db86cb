import { isRouteErrorResponse, useRouteError } from 'react-router';

// Kept out of the lazy chunks: it must render even when a chunk fails to load.
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : null;
  return (
    <main id="main" className="main main--standalone">
      <h1>Sorry, there is a problem with OrgLedger</h1>
      <p>Try again in a few minutes. If it keeps happening, tell your consultancy contact what you were doing.</p>
      {detail && <p className="hint">Details: {detail}</p>}
      <p>
        <a href="/">Go to the start page</a>
      </p>
    </main>
  );
}
