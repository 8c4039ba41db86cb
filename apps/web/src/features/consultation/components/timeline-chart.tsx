import type { ConsultationPlan } from '../api/consultation.queries';
import { layoutTimeline } from './timeline-layout';

const sourceUrl = (source: string) => /https?:\/\/\S+/.exec(source)?.[0] ?? null;

// Gantt-style: one row per step, positioned by percentages of the plan's span, with the statutory
// lines drawn across every row. The text of each row carries the same dates for screen readers.
export function TimelineChart({ timeline }: { timeline: ConsultationPlan['timeline'] }) {
  const layout = layoutTimeline(timeline);
  if (!layout) return <p className="empty-state">Plan the dates to see the timeline.</p>;
  return (
    <figure className="gantt" aria-labelledby="gantt-caption">
      <figcaption id="gantt-caption" className="visually-hidden">
        Plan timeline with the statutory lines
      </figcaption>
      <div className="gantt__scale" aria-hidden="true">
        {layout.months.map((m) => (
          <span key={m.label} className="gantt__month" style={{ left: `${m.left}%` }}>
            {m.label}
          </span>
        ))}
      </div>
      <ol className="list list--plain gantt__rows">
        {layout.bars.map((b) => (
          <li key={b.key} className="gantt__row">
            <span className="gantt__label">
              {b.label}
              <span className="gantt__dates">{b.text}</span>
            </span>
            <span className="gantt__track" aria-hidden="true">
              <span className={`gantt__bar gantt__bar--${b.key}`} style={{ left: `${b.left}%`, width: `${b.width}%` }} />
              {layout.lines.map((l) => (
                <span key={l.key} className={`gantt__line gantt__line--${l.key}`} style={{ left: `${l.left}%` }} />
              ))}
            </span>
          </li>
        ))}
      </ol>
      {layout.lines.length > 0 && (
        <>
          <h3>Statutory lines</h3>
          <ul className="list list--plain gantt__legend">
            {layout.lines.map((l) => {
              const url = sourceUrl(l.source);
              return (
                <li key={l.key}>
                  <span className={`gantt__swatch gantt__line--${l.key}`} aria-hidden="true" /> {l.label}: {l.text} ({url ? <a href={url}>{l.rule}</a> : l.rule}
                  )
                </li>
              );
            })}
          </ul>
        </>
      )}
    </figure>
  );
}
