import type { ConsultationPlan } from '../api/consultation.queries';

const sourceUrl = (source: string) => /https?:\/\/\S+/.exec(source)?.[0] ?? null;

// Every rule the plan breaks, with the rule and where to check it; none means it may be launched.
export function PlanWarnings({ warnings }: { warnings: ConsultationPlan['warnings'] }) {
  if (warnings.length === 0) {
    return (
      <div className="notice notice--success">
        <p>The plan keeps every rule checked.</p>
      </div>
    );
  }
  return (
    <section aria-labelledby="warnings-heading" className="notice notice--error">
      <h2 id="warnings-heading" className="notice__title">
        {warnings.length === 1 ? '1 rule broken' : `${warnings.length} rules broken`}: the plan stays a draft
      </h2>
      <ul className="list list--bullet consultation-warnings">
        {warnings.map((w, i) => {
          const url = sourceUrl(w.source);
          return (
            <li key={`${w.code}-${i}`} data-code={w.code}>
              {w.message}{' '}
              <span className="hint">
                Rule: {w.rule}. Source: {url ? <a href={url}>{w.source.replace(url, '').replace(/[:\s]+$/, '') || url}</a> : w.source}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
