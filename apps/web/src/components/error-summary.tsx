import { useEffect, useRef } from 'react';

export type FieldProblem = { fieldId: string; message: string };

// GOV.UK pattern: a summary at the top of the form that takes focus and links to each field.
export function ErrorSummary({ problems }: { problems: FieldProblem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = problems.map((p) => p.fieldId + p.message).join('|');
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {problems.map((problem, i) => (
          <li key={`${problem.fieldId}-${i}`}>
            <a
              href={`#${problem.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(problem.fieldId)?.focus();
              }}
            >
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
