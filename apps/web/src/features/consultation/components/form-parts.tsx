import { useState } from 'react';
import { changeFailureOf } from '../../../lib/change-failure';
import { ErrorNotice } from '../../../components/notice';

export type Problem = { fieldId: string; message: string };

// The checks a form runs before sending: each missing answer becomes a problem for the summary.
export function useProblems() {
  const [problems, setProblems] = useState<Problem[]>([]);
  const check = (rules: [boolean, string, string][]) => {
    const found = rules.filter(([ok]) => !ok).map(([, fieldId, message]) => ({ fieldId, message }));
    setProblems(found);
    return found.length === 0;
  };
  const error = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;
  return { problems, check, error };
}

export function ServerFailure({ error }: { error: unknown }) {
  const failure = changeFailureOf(error);
  if (!failure) return null;
  return <ErrorNotice>{failure.kind === 'stale' ? 'The plan changed meanwhile: reload the page.' : failure.message}</ErrorNotice>;
}
