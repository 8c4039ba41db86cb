import { DomainError } from '../shared/errors';
import { contractFieldRules, contractReferenceKey, requireEndOnOrAfterStart, requireVfmNote, type ContractFields } from './contract-fields';
import { civilDateFromText, exemptionFromText, penceFromText, regimeFromText, riskFromText, sameLooseName, wholeNumberFromText, yesNoFromText } from './cells';
import { requireRegimeConsistent } from './procurement-regime';

// One spreadsheet row, every cell as the text the person typed. `row` is the sheet's row number.
export type ContractRow = {
  row: number;
  reference: string;
  title: string;
  supplier: string;
  service: string;
  annualValue: string;
  wholeLifeValue: string;
  startDate: string;
  endDate: string;
  risk: string;
  vfmConcern: string;
  vfmNote: string;
  contractManagerPost: string; // a post reference, or empty
  kpisSet: string;
  exempt: string;
  // Optional columns; older sheets without them import as "regime not recorded".
  procurementStartedOn?: string;
  regime?: string;
};
export type ContractRowColumn = Exclude<keyof ContractRow, 'row'>;
export type ContractRowProblem = { row: number; column: ContractRowColumn; value: string; reason: string };

export type ContractImportContext = {
  // Ids for references new to the register, keyed by upper-case reference; existing contracts keep theirs.
  contractIdsByReference: Record<string, string>;
  knownServices: { serviceId: string; name: string }[];
  knownPosts: { postId: string; reference: string }[];
};

export type ParsedContractRows = { contracts: ContractFields[]; problems: ContractRowProblem[] };

export const parseContractRows = (rows: ContractRow[], ctx: ContractImportContext): ParsedContractRows => {
  const problems: ContractRowProblem[] = [];
  const contracts: ContractFields[] = [];
  const firstRowByReference = new Map<string, number>();

  for (const raw of rows) {
    const before = problems.length;
    const text = (column: ContractRowColumn) => raw[column] ?? '';
    const problem = (column: ContractRowColumn, reason: string) => problems.push({ row: raw.row, column, value: text(column), reason });
    // Runs a field rule and turns its DomainError into a problem on that cell.
    const check = <T>(column: ContractRowColumn, rule: () => T): T | undefined => {
      try {
        return rule();
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        problem(column, error.message);
        return undefined;
      }
    };
    const read = <T>(column: ContractRowColumn, parse: (t: string) => T | null, expected: string): T | undefined => {
      const value = parse(text(column));
      if (value === null) problem(column, `Expected ${expected}; got ${JSON.stringify(text(column))}.`);
      return value ?? undefined;
    };

    const reference = check('reference', () => contractFieldRules.reference(text('reference')));
    if (reference !== undefined) {
      const earlier = firstRowByReference.get(contractReferenceKey(reference));
      if (earlier !== undefined) problem('reference', `Reference ${reference} is also on row ${earlier}; each contract may appear once.`);
      else firstRowByReference.set(contractReferenceKey(reference), raw.row);
    }
    const title = check('title', () => contractFieldRules.title(text('title')));
    const supplier = check('supplier', () => contractFieldRules.supplier(text('supplier')));
    const service = ctx.knownServices.find((s) => s.serviceId === text('service').trim() || sameLooseName(s.name, text('service')));
    if (!service)
      problem('service', `No service of this council is called ${JSON.stringify(text('service').trim())}; use a service name as it appears in OrgLedger.`);
    const money = 'an amount in pounds such as £1,200,000.00 or 1200000';
    const annual = read('annualValue', penceFromText, money);
    const annualValuePence = annual === undefined ? undefined : check('annualValue', () => contractFieldRules.annualValuePence(annual));
    const whole = read('wholeLifeValue', penceFromText, money);
    const wholeLifeValuePence = whole === undefined ? undefined : check('wholeLifeValue', () => contractFieldRules.wholeLifeValuePence(whole));
    const date = 'a date written YYYY-MM-DD or DD/MM/YYYY, such as 2025-04-01 or 01/04/2025';
    const startDate = read('startDate', civilDateFromText, date);
    const endDate = read('endDate', civilDateFromText, date);
    if (startDate && endDate) check('endDate', () => requireEndOnOrAfterStart(startDate, endDate));
    const risk = read('risk', riskFromText, 'low, medium or high');
    const vfmConcern = read('vfmConcern', yesNoFromText, 'yes or no');
    const vfmNote = vfmConcern === undefined ? undefined : check('vfmNote', () => requireVfmNote(vfmConcern, text('vfmNote')));
    let contractManagerPostId: string | null | undefined = null;
    if (text('contractManagerPost').trim() !== '') {
      const post = ctx.knownPosts.find((p) => sameLooseName(p.reference, text('contractManagerPost')));
      if (!post)
        problem(
          'contractManagerPost',
          `No post in the establishment has the reference ${JSON.stringify(text('contractManagerPost').trim())}; leave it empty if there is no contract manager.`,
        );
      contractManagerPostId = post?.postId;
    }
    const kpisRead = read('kpisSet', wholeNumberFromText, 'a whole number of KPIs, such as 3');
    const kpisSet = kpisRead === undefined ? undefined : check('kpisSet', () => contractFieldRules.kpisSet(kpisRead));
    const exempt = exemptionFromText(text('exempt'));
    if (exempt === undefined) problem('exempt', `Expected empty, framework, concession, light touch or not measurable; got ${JSON.stringify(text('exempt'))}.`);
    const procurementStartedOn = text('procurementStartedOn').trim() === '' ? null : read('procurementStartedOn', civilDateFromText, date);
    const regime = regimeFromText(text('regime'));
    if (regime === undefined) problem('regime', `Expected empty, Procurement Act 2023 or PCR 2015; got ${JSON.stringify(text('regime'))}.`);
    if (startDate && procurementStartedOn !== undefined && regime !== undefined) {
      check(procurementStartedOn && regime === 'procurement_act_2023' ? 'regime' : 'procurementStartedOn', () =>
        requireRegimeConsistent({ procurementStartedOn, regime, startDate }),
      );
    }

    if (problems.length > before) continue;
    contracts.push({
      contractId: ctx.contractIdsByReference[contractReferenceKey(reference!)] ?? '',
      reference: reference!,
      title: title!,
      supplier: supplier!,
      serviceId: service!.serviceId,
      annualValuePence: annualValuePence!,
      wholeLifeValuePence: wholeLifeValuePence!,
      startDate: startDate!,
      endDate: endDate!,
      risk: risk!,
      vfmConcern: vfmConcern!,
      vfmNote: vfmNote ?? null,
      contractManagerPostId: contractManagerPostId ?? null,
      kpisSet: kpisSet!,
      exempt: exempt ?? null,
      procurementStartedOn: procurementStartedOn ?? null,
      regime: regime ?? null,
    });
  }
  return { contracts, problems };
};
