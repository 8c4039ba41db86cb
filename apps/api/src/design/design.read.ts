import { designChecks, designNeed, orgChart, type DesignOption as DomainOption, type OrgChartNode } from '@orgledger/domain';
import type { FunctionDesignReadRow } from './design.projector';
import type { DesignOption, FunctionDesign, OrgChartEntry } from './design.graphql';
import { functionDesignModel } from './design.projector';
import type { ReadSide } from '../platform/read-side';

export const designRow = (read: ReadSide, tenantId: string, programmeId: string): FunctionDesignReadRow =>
  read.readModels.get(functionDesignModel, tenantId, programmeId) ?? {
    programmeId,
    options: [],
    chosenOptionId: null,
    chosenReason: null,
    goLiveDate: null,
    revision: -1,
  };

// The chart as a flat list, each manager before its reports, so a client can indent by layer.
const flatChart = (option: DomainOption): { entries: OrgChartEntry[]; layers: number } => {
  const chart = orgChart(option);
  const entries: OrgChartEntry[] = [];
  const visit = (node: OrgChartNode, layer: number) => {
    const { designPostId, title, grade, fte, reportsTo, children } = node;
    entries.push({ designPostId, title, grade, fte, reportsTo, layer, directReports: children.length });
    children.forEach((c) => visit(c, layer + 1));
  };
  chart.roots.forEach((r) => visit(r, 1));
  return { entries, layers: chart.layers };
};

const toOption = (option: DomainOption, chosenOptionId: string | null): DesignOption => {
  const { entries, layers } = flatChart(option);
  return {
    id: option.optionId,
    name: option.name,
    description: option.description,
    chosen: option.optionId === chosenOptionId,
    posts: option.posts.map(({ designPostId, ...p }) => ({ id: designPostId, ...p })),
    orgChart: entries,
    layers,
    checks: designChecks(option),
    totals: { posts: option.posts.length, ...designNeed(option) },
  };
};

export const functionDesignOf = (read: ReadSide, tenantId: string, programmeId: string): FunctionDesign => {
  const row = designRow(read, tenantId, programmeId);
  return {
    programmeId,
    options: row.options.map((o) => toOption(o, row.chosenOptionId)),
    chosenOptionId: row.chosenOptionId,
    chosenReason: row.chosenReason,
    goLiveDate: row.goLiveDate ?? null,
    revision: row.revision < 0 ? null : row.revision,
  };
};
