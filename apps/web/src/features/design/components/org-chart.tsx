import { Link } from 'react-router';
import { formatFte, formatPence } from '../../../lib/units';
import { nestOrgChart, type ChartNode, type DesignOptionView } from './org-chart-tree';

type OrgChartProps = { option: DesignOptionView; postHref?: (designPostId: string) => string };

// The org chart as nested lists: each post with its grade, FTE, cost and responsibilities, and
// its direct reports inside it, so a screen reader announces the depth ("list, level 2").
export function OrgChart({ option, postHref }: OrgChartProps) {
  const roots = nestOrgChart(option.orgChart);
  if (roots.length === 0) return <p className="empty-state">This option has no posts yet.</p>;
  const posts = new Map(option.posts.map((p) => [p.id, p]));
  const checks = new Map<string, string[]>();
  for (const check of option.checks) {
    if (check.designPostId) checks.set(check.designPostId, [...(checks.get(check.designPostId) ?? []), check.message]);
  }
  const renderNode = (node: ChartNode) => {
    const post = posts.get(node.designPostId);
    const flags = checks.get(node.designPostId) ?? [];
    return (
      <li key={node.designPostId} className="tree__item org-chart__item">
        <div className="tree__row">
          <span className="tree__name">{node.title}</span>
          <span>Grade {node.grade}</span>
          <span>{formatFte(node.fte)} FTE</span>
          {post && <span>{formatPence(post.indicativeCostPence)} a year</span>}
          {post?.jdReference && <span className="hint">JD {post.jdReference}</span>}
          <span className="hint">
            Layer {node.layer}
            {node.directReports > 0 ? `, ${node.directReports} direct ${node.directReports === 1 ? 'report' : 'reports'}` : ''}
          </span>
          {postHref && (
            <Link to={postHref(node.designPostId)}>
              Change<span className="visually-hidden"> {node.title}</span>
            </Link>
          )}
        </div>
        {flags.length > 0 && (
          <ul className="list org-chart__flags">
            {flags.map((message) => (
              <li key={message}>
                <strong className="tag tag--flag">Check</strong> {message}
              </li>
            ))}
          </ul>
        )}
        {post && post.responsibilities.length > 0 && (
          <ul className="list list--bullet org-chart__duties" aria-label={`Responsibilities of the ${node.title}`}>
            {post.responsibilities.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
        {node.reports.length > 0 && (
          <ul className="tree" aria-label={`Reporting to the ${node.title}`}>
            {node.reports.map(renderNode)}
          </ul>
        )}
      </li>
    );
  };
  return (
    <ul className="tree org-chart" aria-label={`Organisation chart of ${option.name}`}>
      {roots.map(renderNode)}
    </ul>
  );
}
