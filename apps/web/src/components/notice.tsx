import type { ReactNode } from 'react';
import { changeFailureOf } from '../lib/change-failure';
import { useLocation } from 'react-router';

// The message a page was sent with after a change elsewhere took: navigate(to, { state: { flash } }).
export function useFlash(): string | undefined {
  return (useLocation().state as { flash?: string } | null)?.flash;
}

// Says that a change took (a save, a removal), read out by screen readers; nothing when there is no message.
export function SuccessNotice({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div className="notice notice--success" role="status">
      <p>{message}</p>
    </div>
  );
}

// Says what went wrong with the whole form or page (a field's problem goes in the error summary).
export function ErrorNotice({ children }: { children: ReactNode }) {
  return (
    <div className="notice notice--error" role="alert">
      <p>{children}</p>
    </div>
  );
}

// A refused change: `stale` when someone else changed the record meanwhile, else the API's message.
export function ChangeFailureNotice({ error, stale }: { error: unknown; stale: string }) {
  const failure = changeFailureOf(error);
  return failure && <ErrorNotice>{failure.kind === 'stale' ? stale : failure.message}</ErrorNotice>;
}
