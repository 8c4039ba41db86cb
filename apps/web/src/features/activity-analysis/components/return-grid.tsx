import { formatFte } from '../../../lib/units';
import { cellId, checkRow, type GridActivity, type GridPost, type GridValues } from './return-grid-rules';

export type ReturnGridProps = {
  serviceName: string;
  posts: readonly GridPost[];
  activities: readonly GridActivity[];
  values: GridValues;
  onChange: (postId: string, activityId: string, text: string) => void;
};

// One row per post, one whole-percent cell per active activity, and the row's total, which
// turns into an error as soon as it passes 100%.
export function ReturnGrid({ serviceName, posts, activities, values, onChange }: ReturnGridProps) {
  return (
    <div className="table-scroll grid-scroll">
      <table className="table grid">
        <caption className="visually-hidden">Share of each post's time by activity in {serviceName}, in whole percent</caption>
        <thead>
          <tr>
            <th scope="col">Post</th>
            <th scope="col">Title</th>
            <th scope="col" className="table__cell--numeric">
              FTE
            </th>
            {activities.map((a) => (
              <th key={a.id} scope="col" className="grid__activity">
                {a.name}
              </th>
            ))}
            <th scope="col" className="table__cell--numeric">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {posts.map((post, p) => {
            const row = checkRow(values[post.id], activities);
            const errorId = `row-error-${p}`;
            return (
              <tr key={post.id} className={row.overLimit ? 'grid__row--error' : undefined}>
                <th scope="row">{post.reference}</th>
                <td>{post.title}</td>
                <td className="table__cell--numeric">{formatFte(post.fte)}</td>
                {activities.map((activity, a) => {
                  const invalid = row.invalidActivityIds.includes(activity.id);
                  return (
                    <td key={activity.id} className="grid__cell">
                      <input
                        id={cellId(p, a)}
                        className={invalid ? 'grid__input grid__input--error' : 'grid__input'}
                        type="text"
                        inputMode="numeric"
                        autoComplete="off"
                        aria-label={`${post.reference} ${activity.name}, percent`}
                        aria-invalid={invalid || row.overLimit ? true : undefined}
                        aria-describedby={row.overLimit ? errorId : undefined}
                        value={values[post.id]?.[activity.id] ?? ''}
                        onChange={(event) => onChange(post.id, activity.id, event.target.value)}
                      />
                    </td>
                  );
                })}
                <td className="table__cell--numeric grid__total">
                  {row.total}%
                  {row.overLimit && (
                    <span id={errorId} className="grid__error">
                      <span className="visually-hidden">Error: {post.reference} </span>over 100%
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
