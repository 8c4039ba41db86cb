import { useEffect, useRef } from 'react';
import { Button } from './button';

type ChangedMeanwhileProps = {
  /** What changed, such as "deal" or "design". */
  what: string;
  onReload: () => void;
  reloading?: boolean;
};

// Shown instead of the form when the API answered CONFLICT: the user's change was not made, and
// reloading shows the other person's change before they decide again. Takes focus, like an error summary.
export function ChangedMeanwhile({ what, onReload, reloading = false }: ChangedMeanwhileProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="notice notice--error" role="alert" tabIndex={-1} ref={ref} aria-labelledby="changed-meanwhile-title">
      <h2 id="changed-meanwhile-title" className="notice__title">
        This {what} changed while you were looking at it
      </h2>
      <p>Someone else changed it after you opened this page, so your change was not made. Reload to see the {what} as it is now, then decide again.</p>
      <Button variant="secondary" onPress={onReload} isDisabled={reloading}>
        {reloading ? 'Reloading…' : 'Reload'}
      </Button>
    </div>
  );
}
