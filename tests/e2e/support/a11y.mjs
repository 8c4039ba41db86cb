import { AssertionError } from 'node:assert';
import axe from 'axe-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function describe(violations, url) {
  const lines = [`${violations.length} accessibility violation(s) on ${url}:`];
  for (const v of violations) {
    lines.push(`  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes.slice(0, 5)) {
      lines.push(`      at ${node.target.join(' ')}`);
      if (node.failureSummary) lines.push(...node.failureSummary.split('\n').map((l) => `        ${l}`));
    }
    if (v.nodes.length > 5) lines.push(`      …and ${v.nodes.length - 5} more`);
  }
  return lines.join('\n');
}

/** Runs axe-core on the whole page and fails on any WCAG 2.0–2.2 A/AA violation. */
export async function checkA11y(page) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  // Evaluated through the DevTools protocol, not as an inline <script>: the app's CSP refuses those.
  if (!loaded) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
      id,
      impact,
      help,
      helpUrl,
      nodes: nodes.map(({ target, failureSummary }) => ({ target: target.map(String), failureSummary })),
    }));
  }, wcagTags);
  if (violations.length > 0) {
    throw new AssertionError({ message: describe(violations, page.url()), actual: violations, expected: [], operator: 'checkA11y' });
  }
}
