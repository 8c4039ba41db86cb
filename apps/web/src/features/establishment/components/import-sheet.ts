// The API names a problem's column by its key (`fte`); people know it by the sheet's heading.
// The template's headings are these, in this order.
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
