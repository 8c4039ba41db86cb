// The API names a problem's column by its key (`endDate`); people know it by the sheet's heading.
// The template's headings are these, in this order.
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
  procurementStartedOn: 'Procurement started',
  regime: 'Regime',
};
