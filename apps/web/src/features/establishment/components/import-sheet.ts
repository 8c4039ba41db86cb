import {
  problemColumnHeading as headingOf,
  templateCsv as csvOf,
  templateHref as hrefOf,
} from '../../../components/spreadsheet-import/import-sheet';

export {
  acceptedFileTypes, fileProblem, importProblemsOf, importSummary, readFileAsBase64, rejectionHeading, type ImportProblem,
} from '../../../components/spreadsheet-import/import-sheet';

// The API names a problem's column by its key (`fte`); people know it by the sheet's heading.
export const columnHeadings: Record<string, string> = {
  reference: 'Reference',
  service: 'Service',
  title: 'Title',
  grade: 'Grade',
  scp: 'SCP',
  fte: 'FTE',
  postholderRef: 'Postholder',
  vacant: 'Vacant',
  budgetedAnnualCost: 'Budgeted annual cost',
};

export const templateHeadings = [
  'Reference', 'Service', 'Title', 'Grade', 'SCP', 'FTE', 'Postholder', 'Vacant', 'Budgeted annual cost',
] as const;

export const problemColumnHeading = (column: string) => headingOf(column, columnHeadings);
export const templateCsv = () => csvOf(templateHeadings);
export const templateHref = () => hrefOf(templateHeadings);
