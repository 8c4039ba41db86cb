import type { FunctionDesignQuery } from '../../../gql/graphql';

export type DesignOptionView = FunctionDesignQuery['functionDesign']['options'][number];
export type ChartEntry = DesignOptionView['orgChart'][number];
export type ChartNode = ChartEntry & { reports: ChartNode[] };

// The API sends the chart flat, each manager before its reports; nest it by reportsTo so it can
// be read as nested lists. A post whose manager is missing is shown as a head rather than lost.
export function nestOrgChart(entries: readonly ChartEntry[]): ChartNode[] {
  const nodes = new Map<string, ChartNode>();
  const roots: ChartNode[] = [];
  for (const entry of entries) nodes.set(entry.designPostId, { ...entry, reports: [] });
  for (const entry of entries) {
    const node = nodes.get(entry.designPostId)!;
    const manager = entry.reportsTo ? nodes.get(entry.reportsTo) : undefined;
    if (manager) manager.reports.push(node);
    else roots.push(node);
  }
  return roots;
}
