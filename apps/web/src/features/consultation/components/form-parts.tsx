import { useState } from 'react';
import { ChangeFailureNotice } from '../../../components/notice';

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
  return <ChangeFailureNotice error={error} stale="The plan changed meanwhile: reload the page." />;
}
