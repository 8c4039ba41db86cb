import type { ReactNode } from 'react';
import { ApiError } from '../lib/graphql';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function Problem({ error, notFound }: { error: Error; notFound?: ReactNode }) {
  if (error instanceof ApiError && error.code === 'NOT_FOUND' && notFound) return <>{notFound}</>;
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">Sorry, there is a problem</h2>
      <p>{error.message || 'Something went wrong. Try again later.'}</p>
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}
