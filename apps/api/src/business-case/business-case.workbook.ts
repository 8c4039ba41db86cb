// The business case as an .xlsx workbook: an assumptions sheet, then one sheet per design option
// with a column per financial year. Totals, recurring cost and the net position are live formulas,
// each carrying the figure OrgLedger computed as its cached result, so the file opens with the
// product's numbers and a Finance partner can trace or change the arithmetic.
import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { Request, Response } from 'express';
import { programmeScope } from '../platform/access';
import { programmeModel } from '../platform/access-models';
import { APP_CONTEXT, type AppContext } from '../platform/app-context';
import { asHttp, requestUser } from '../platform/http-user';
import { requestReadSide } from '../platform/read-side';
import { businessCaseView } from './business-case.resolver';
import type { BusinessCaseView, BusinessCaseYearView, OptionBusinessCaseView } from './business-case.graphql';

const MONEY = '£#,##0.00;[Red]-£#,##0.00';
const pounds = (pence: number) => pence / 100;
const percent = (bp: number) => `${(bp / 100).toFixed(2)}%`;
const col = (i: number) => String.fromCharCode(66 + i); // B, C, … (at most five years and a total)

type Row = { label: string; value: (y: BusinessCaseYearView) => number; formula?: (c: string, r: Record<string, number>) => string };
const ROWS: Row[] = [
  { label: 'Pay with on-costs (tables in force)', value: (y) => y.payPence },
  { label: 'Non-pay', value: (y) => y.nonPayPence },
  { label: 'Increments', value: (y) => y.incrementsPence },
  { label: 'Pay-award provision', value: (y) => y.payAwardPence },
  { label: 'Vacancy saving', value: (y) => y.vacancySavingPence },
  {
    label: 'Recurring cost',
    value: (y) => y.recurringPence,
    formula: (c, r) => `${c}${r.pay}+${c}${r.nonPay}+${c}${r.increments}+${c}${r.award}-${c}${r.vacancy}`,
  },
  { label: 'One-off transition costs', value: (y) => y.oneOffPence },
  { label: 'Funding released by agreed deals', value: (y) => y.fundingPence },
  { label: 'Net position', value: (y) => y.netPence, formula: (c, r) => `${c}${r.funding}-${c}${r.recurring}-${c}${r.oneOff}` },
];
const KEYS = ['pay', 'nonPay', 'increments', 'award', 'vacancy', 'recurring', 'oneOff', 'funding', 'net'];

const optionSheet = (wb: ExcelJS.Workbook, option: OptionBusinessCaseView, stamp: string[]) => {
  const ws = wb.addWorksheet(option.optionName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Option');
  stamp.forEach((line) => ws.addRow([line]));
  ws.addRow([`${option.optionName}${option.chosen ? ' (chosen option)' : ''}`]).font = { bold: true };
  const header = ws.addRow(['£', ...option.years.map((y) => y.financialYear), 'Total']);
  header.font = { bold: true };
  const at: Record<string, number> = {};
  const first = header.number + 1;
  KEYS.forEach((k, i) => (at[k] = first + i));
  for (const [i, row] of ROWS.entries()) {
    const r = ws.addRow([row.label]);
    option.years.forEach((y, j) => {
      const c = col(j);
      r.getCell(j + 2).value = row.formula ? { formula: row.formula(c, at), result: pounds(row.value(y)) } : pounds(row.value(y));
    });
    const last = col(option.years.length - 1);
    const total = option.years.reduce((s, y) => s + row.value(y), 0);
    r.getCell(option.years.length + 2).value = { formula: `SUM(B${first + i}:${last}${first + i})`, result: pounds(total) };
    r.numFmt = MONEY;
  }
  const cumulative = ws.addRow(['Cumulative net position']);
  option.years.forEach((y, j) => {
    const c = col(j);
    const formula = j === 0 ? `${c}${at.net}` : `${col(j - 1)}${cumulative.number}+${c}${at.net}`;
    cumulative.getCell(j + 2).value = { formula, result: pounds(y.cumulativeNetPence) };
  });
  cumulative.numFmt = MONEY;
  ws.addRow([]);
  ws.addRow(['Payback year', option.paybackYear ?? 'not within the plan']);
  ws.getColumn(1).width = 38;
  for (let j = 0; j <= option.years.length; j += 1) ws.getColumn(j + 2).width = 16;
};

const assumptionsSheet = (wb: ExcelJS.Workbook, view: BusinessCaseView, stamp: string[]) => {
  const ws = wb.addWorksheet('Assumptions');
  stamp.forEach((line) => ws.addRow([line]));
  const a = view.assumptions;
  ws.addRow([]);
  ws.addRow(['Status', a.decided ? 'Decided' : 'Not yet decided: defaults']);
  if (a.reason) ws.addRow(['Reason', a.reason]);
  ws.addRow(['First financial year', a.firstYear]);
  ws.addRow(['Years', a.horizonYears]);
  ws.addRow(['Vacancy factor', percent(a.vacancyFactorBp)]);
  ws.addRow(['Increments', a.increments ? 'One SCP a year to the top of the grade' : 'None']);
  ws.addRow([]);
  ws.addRow(['Pay award by year', 'Basis', 'Rate', 'Source']).font = { bold: true };
  for (const y of view.options[0]?.years ?? []) {
    const b = y.payAward;
    const basis = b.kind === 'agreed' ? `Agreed: ${b.description}` : b.kind === 'assumed' ? 'Assumed (not agreed)' : 'Not agreed, none assumed';
    ws.addRow([y.financialYear, basis, b.rateBp === null ? '' : percent(b.rateBp), b.source ?? '']);
  }
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 48;
};

@Controller()
export class BusinessCaseWorkbookController {
  constructor(@Inject(APP_CONTEXT) private readonly app: AppContext) {}

  @Get('exports/programmes/:programmeId/business-case.xlsx')
  async workbook(@Req() req: Request, @Res() res: Response, @Param('programmeId') programmeId: string) {
    try {
      const user = await requestUser(this.app, req);
      const read = requestReadSide(this.app, req);
      const scope = programmeScope(read, user, programmeId);
      const view = await businessCaseView(read, user.tenantId, scope);
      const name = read.readModels.get(programmeModel, user.tenantId, scope.programmeId)?.name ?? 'Programme';
      const asOf = req.headers['x-orgledger-as-of'];
      const stamp = [`${name}: business case`, `As at ${typeof asOf === 'string' && asOf ? asOf : 'now'}; generated ${new Date().toISOString()} by OrgLedger`];
      const wb = new ExcelJS.Workbook();
      wb.creator = 'OrgLedger';
      assumptionsSheet(wb, view, stamp);
      for (const option of view.options) optionSheet(wb, option, stamp);
      const file = `business-case-${name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.xlsx`;
      res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('content-disposition', `attachment; filename="${file}"`);
      res.setHeader('cache-control', 'no-store');
      res.send(Buffer.from(await wb.xlsx.writeBuffer()));
    } catch (e) {
      throw asHttp(e);
    }
  }
}
