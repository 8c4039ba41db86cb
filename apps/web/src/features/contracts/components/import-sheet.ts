import {
  problemColumnHeading as headingOf,
  templateCsv as csvOf,
  templateHref as hrefOf,
} from '../../../components/spreadsheet-import/import-sheet';

export {
  acceptedFileTypes, fileProblem, importProblemsOf, importSummary, readFileAsBase64, rejectionHeading, type ImportProblem,
} from '../../../components/spreadsheet-import/import-sheet';

// The API names a problem's column by its key (`endDate`); people know it by the sheet's heading.
export const columnHeadings: Record<string, string> = {
  reference: 'Reference',
  title: 'Title',
  supplier: 'Supplier',
  service: 'Service',
  annualValue: 'Annual value',
  wholeLifeValue: 'Whole-life value',
  startDate: 'Start date',
  endDate: 'End date',
  risk: 'Risk',
  vfmConcern: 'VFM concern',
  vfmNote: 'VFM note',
  contractManagerPost: 'Contract manager post',
  kpisSet: 'KPIs set',
  exempt: 'Exempt',
};

export const templateHeadings = [
  'Reference', 'Title', 'Supplier', 'Service', 'Annual value', 'Whole-life value', 'Start date', 'End date', 'Risk',
  'VFM concern', 'VFM note', 'Contract manager post', 'KPIs set', 'Exempt',
] as const;

export const problemColumnHeading = (column: string) => headingOf(column, columnHeadings);
export const templateCsv = () => csvOf(templateHeadings);
export const templateHref = () => hrefOf(templateHeadings);
