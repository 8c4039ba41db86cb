import { parsePercentText } from '../../../lib/units';

export type GridPost = { id: string; reference: string; title: string; fte: number };
export type GridActivity = { id: string; name: string };
/** Cell text by post id, then activity id, as typed. */
export type GridValues = Record<string, Record<string, string>>;
export type GridShare = { activityId: string; percent: number };

export type RowCheck = { total: number; invalidActivityIds: string[]; overLimit: boolean };
export type GridProblem = { postId: string; activityId: string; message: string };

export const MAX_ROW_TOTAL = 100;

export function cellId(postIndex: number, activityIndex: number): string {
  return `share-${postIndex}-${activityIndex}`;
}

// The grid as last returned; empty cells for activities without a share.
export function initialGridValues(
  posts: readonly GridPost[],
  activities: readonly GridActivity[],
  shares: readonly { postId: string; shares: readonly GridShare[] }[],
): GridValues {
  const byPost = new Map(shares.map((s) => [s.postId, new Map(s.shares.map((x) => [x.activityId, x.percent]))]));
  return Object.fromEntries(
    posts.map((post) => [
      post.id,
      Object.fromEntries(
        activities.map((a) => {
          const percent = byPost.get(post.id)?.get(a.id);
          return [a.id, percent ? String(percent) : ''];
        }),
      ),
    ]),
  );
}

// A row's total counts only the cells that are whole percents; the others are reported as invalid.
export function checkRow(cells: Readonly<Record<string, string>> | undefined, activities: readonly GridActivity[]): RowCheck {
  let total = 0;
  const invalidActivityIds: string[] = [];
  for (const activity of activities) {
    const parsed = parsePercentText(cells?.[activity.id] ?? '');
    if (parsed.ok) total += parsed.value;
    else invalidActivityIds.push(activity.id);
  }
  return { total, invalidActivityIds, overLimit: total > MAX_ROW_TOTAL };
}

export function overLimitMessage(reference: string, total: number): string {
  return `${reference}: the shares add up to ${total}%; they can add up to ${MAX_ROW_TOTAL}% at most`;
}

// Every problem in the grid, row by row, each pointing at the cell to fix.
export function checkGrid(posts: readonly GridPost[], activities: readonly GridActivity[], values: GridValues): GridProblem[] {
  const problems: GridProblem[] = [];
  for (const post of posts) {
    const row = checkRow(values[post.id], activities);
    for (const activityId of row.invalidActivityIds) {
      const name = activities.find((a) => a.id === activityId)?.name ?? 'an activity';
      problems.push({ postId: post.id, activityId, message: `${post.reference}: ${name} must be a whole number from 0 to 100` });
    }
    if (row.overLimit) problems.push({ postId: post.id, activityId: activities[0]?.id ?? '', message: overLimitMessage(post.reference, row.total) });
  }
  return problems;
}

// The posts to send: every post with a share, and every post returned before (even if now all
// empty, so the new return replaces the old). Posts never answered are left out, not sent as 0%.
export function returnPosts(
  posts: readonly GridPost[],
  activities: readonly GridActivity[],
  values: GridValues,
  previouslyReturned: ReadonlySet<string>,
): { postId: string; shares: GridShare[] }[] {
  return posts.flatMap((post) => {
    const shares = activities.flatMap((a) => {
      const parsed = parsePercentText(values[post.id]?.[a.id] ?? '');
      return parsed.ok && parsed.value > 0 ? [{ activityId: a.id, percent: parsed.value }] : [];
    });
    return shares.length > 0 || previouslyReturned.has(post.id) ? [{ postId: post.id, shares }] : [];
  });
}
