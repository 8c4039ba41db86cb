import { formatFte, type Fte, type Money } from '../shared/values';
import type { DesignOption, DesignPost } from './design-post';

export type OrgChartNode = DesignPost & { children: OrgChartNode[] };
export type OrgChart = { roots: OrgChartNode[]; layers: number; posts: number; fte: Fte; indicativeCostPence: Money };

export type DesignRules = { maxSpan: number; maxLayers: number };
export const DEFAULT_DESIGN_RULES: DesignRules = { maxSpan: 8, maxLayers: 3 };

export const DESIGN_CHECK_RULES = ['single_report', 'span_too_wide', 'too_many_layers', 'multiple_heads', 'no_responsibilities'] as const;
export type DesignCheckRule = (typeof DESIGN_CHECK_RULES)[number];
export type DesignCheck = { designPostId: string | null; rule: DesignCheckRule; message: string };

export type OptionComparison = { optionId: string; name: string; posts: number; fte: Fte; indicativeCostPence: Money; checks: number };

// What the option asks of the funding position: the API sets it against the FTE and budget released by deals.
export const designNeed = (option: DesignOption): { fte: Fte; indicativeCostPence: Money } => ({
  fte: option.posts.reduce((sum, p) => sum + p.fte, 0),
  indicativeCostPence: option.posts.reduce((sum, p) => sum + p.indicativeCostPence, 0),
});

// A post whose manager is missing counts as a root, so a damaged line still shows on the chart.
export const orgChart = (option: DesignOption): OrgChart => {
  const ids = new Set(option.posts.map((p) => p.designPostId));
  const isRoot = (p: DesignPost) => p.reportsTo === null || !ids.has(p.reportsTo);
  const build = (post: DesignPost, trail: Set<string>): OrgChartNode => {
    const next = new Set(trail).add(post.designPostId);
    const children = option.posts.filter((c) => c.reportsTo === post.designPostId && !next.has(c.designPostId));
    return { ...post, children: children.map((c) => build(c, next)) };
  };
  const depth = (node: OrgChartNode): number => 1 + Math.max(0, ...node.children.map(depth));
  const roots = option.posts.filter(isRoot).map((p) => build(p, new Set()));
  return { roots, layers: Math.max(0, ...roots.map(depth)), posts: option.posts.length, ...designNeed(option) };
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// Span-of-control and layering checks consultants raise with the client; advisory, never blocking.
export const designChecks = (option: DesignOption, rules: DesignRules = DEFAULT_DESIGN_RULES): DesignCheck[] => {
  const chart = orgChart(option);
  const checks: DesignCheck[] = [];
  if (chart.roots.length > 1) {
    const heads = chart.roots.map((r) => r.title).join(', ');
    checks.push({
      designPostId: null,
      rule: 'multiple_heads',
      message: `The option has ${chart.roots.length} heads (${heads}); a function usually has one head.`,
    });
  }
  if (chart.layers > rules.maxLayers) {
    checks.push({
      designPostId: null,
      rule: 'too_many_layers',
      message: `The option has ${plural(chart.layers, 'layer')}; the guide is at most ${rules.maxLayers}.`,
    });
  }
  for (const post of option.posts) {
    const reports = option.posts.filter((p) => p.reportsTo === post.designPostId).length;
    const at = { designPostId: post.designPostId };
    if (reports === 1) {
      checks.push({ ...at, rule: 'single_report', message: `${post.title} manages only one post; consider merging the two layers.` });
    }
    if (reports > rules.maxSpan) {
      checks.push({ ...at, rule: 'span_too_wide', message: `${post.title} has ${reports} direct reports; the guide is at most ${rules.maxSpan}.` });
    }
    if (post.responsibilities.length === 0) {
      checks.push({ ...at, rule: 'no_responsibilities', message: `${post.title} (${formatFte(post.fte)} FTE) has no responsibilities listed yet.` });
    }
  }
  return checks;
};

export const compareOptions = (options: DesignOption[], rules: DesignRules = DEFAULT_DESIGN_RULES): OptionComparison[] =>
  options.map((option) => ({
    optionId: option.optionId,
    name: option.name,
    posts: option.posts.length,
    ...designNeed(option),
    checks: designChecks(option, rules).length,
  }));
