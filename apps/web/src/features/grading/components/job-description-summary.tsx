import { formatCivilDate } from '../../../lib/format';
import type { PostGrading } from '../api/grading.queries';
import { jdStatusLabel, schemeLabel } from './grading-labels';

type JobDescription = NonNullable<PostGrading['jobDescription']>;

function Items({ items, empty }: { items: readonly string[]; empty: string }) {
  return items.length ? (
    <ul className="list list--bullet">
      {items.map((x, i) => (
        <li key={i}>{x}</li>
      ))}
    </ul>
  ) : (
    <p>{empty}</p>
  );
}

// The latest version of a JD as HR reads it: purpose, accountabilities and person specification.
export function JobDescriptionSummary({ jd, headingLevel = 2 }: { jd: JobDescription; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <div className="job-description">
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Version</dt>
          <dd>{jd.version}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Status</dt>
          <dd>{jdStatusLabel(jd.status, jd.version)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Purpose</dt>
          <dd>{jd.purpose}</dd>
        </div>
      </dl>
      <H>Accountabilities</H>
      <Items items={jd.accountabilities} empty="None listed." />
      <H>Person specification: essential</H>
      <Items items={jd.essentialCriteria} empty="None listed." />
      <H>Person specification: desirable</H>
      <Items items={jd.desirableCriteria} empty="None listed." />
      {jd.changeNotes.length > 0 && (
        <div className="notice">
          <H className="notice__title">Changes HR asked for</H>
          <Items items={jd.changeNotes} empty="" />
        </div>
      )}
    </div>
  );
}

type Evaluation = NonNullable<PostGrading['evaluation']>;

export function EvaluationSummary({ evaluation }: { evaluation: Evaluation }) {
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>Scheme</dt>
        <dd>{schemeLabel(evaluation.scheme)}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Score</dt>
        <dd>{evaluation.score}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Panel date</dt>
        <dd>{formatCivilDate(evaluation.panelDate)}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Moderated</dt>
        <dd>{evaluation.moderated ? 'Yes' : 'No'}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Resulting grade</dt>
        <dd>
          {evaluation.grade} (SCP {evaluation.minScp} to {evaluation.maxScp}, structure from {formatCivilDate(evaluation.gradeStructureEffectiveFrom)})
        </dd>
      </div>
      <div className="summary-list__row">
        <dt>Of job description</dt>
        <dd>Version {evaluation.jdVersion}</dd>
      </div>
      <div className="summary-list__row">
        <dt>HR approval</dt>
        <dd>{evaluation.approved ? 'Approved' : 'Awaiting approval'}</dd>
      </div>
    </dl>
  );
}
