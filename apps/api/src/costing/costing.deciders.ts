// The domain has no decider for a function budget's non-pay lines and sign-off, nor for exit-cost
// inputs; these two minimal pure deciders live here until it does (reported as a domain gap).
import {
  costingDatesOf,
  forbidden,
  lgpsStrainFlag,
  requireId,
  requirePence,
  requireText,
  statutoryRedundancyPay,
  type Command,
  type Decider,
  type DomainEvent,
  type NonPayLine,
} from '@orgledger/domain';
import type { ReferenceTables } from '@orgledger/reference-data';

type Scope = { programmeAuthorityId: string; actorAuthorityId: string | null };

// ---- function budget: non-pay lines and the finance partner's sign-off, per financial year ----
export type BudgetFigures = { payTotal: number; nonPayTotal: number; total: number; funding: number; gap: number; tableIds: string[]; lgpsRateBp: number };
export type SetBudgetNonPayLines = Command<'SetBudgetNonPayLines', Scope & { financialYear: string; lines: NonPayLine[] }>;
export type SignOffBudget = Command<'SignOffBudget', Scope & { financialYear: string; note: string; figures: BudgetFigures }>;
export type FunctionBudgetCommand = SetBudgetNonPayLines | SignOffBudget;
export type BudgetNonPayLinesSet = DomainEvent<'BudgetNonPayLinesSet', { financialYear: string; lines: NonPayLine[] }>;
export type FunctionBudgetSignedOff = DomainEvent<'FunctionBudgetSignedOff', { financialYear: string; note: string; figures: BudgetFigures; signedOn: string }>;
export type FunctionBudgetEvent = BudgetNonPayLinesSet | FunctionBudgetSignedOff;
export type SignOff = { note: string; figures: BudgetFigures; signedOn: string };
export type FunctionBudgetState = { nonPay: Record<string, NonPayLine[]>; signOffs: Record<string, SignOff[]> };

const MAX_LINES = 100;

const validLines = (lines: unknown): NonPayLine[] => {
  if (!Array.isArray(lines) || lines.length > MAX_LINES) throw forbidden('TOO_MANY_NON_PAY_LINES', `List at most ${MAX_LINES} non-pay lines.`);
  return lines.map((l: NonPayLine) => ({ label: requireText('label', l?.label, { max: 120 }), pencePerYear: requirePence('pencePerYear', l?.pencePerYear) }));
};

const isFinancePartnerOf = (role: string, s: Scope) => role === 'finance_partner' && s.actorAuthorityId !== null && s.actorAuthorityId === s.programmeAuthorityId;

export const functionBudgetDecider: Decider<FunctionBudgetCommand, FunctionBudgetEvent, FunctionBudgetState> = {
  initialState: { nonPay: {}, signOffs: {} },
  evolve: (state, event) => {
    const fy = event.data.financialYear;
    if (event.type === 'BudgetNonPayLinesSet') return { ...state, nonPay: { ...state.nonPay, [fy]: event.data.lines } };
    if (event.type === 'FunctionBudgetSignedOff') {
      const { note, figures, signedOn } = event.data;
      return { ...state, signOffs: { ...state.signOffs, [fy]: [...(state.signOffs[fy] ?? []), { note, figures, signedOn }] } };
    }
    return state;
  },
  decide: (command, state) => {
    const { financialYear } = costingDatesOf(command.data.financialYear);
    const { role } = command.metadata.actor;
    if (command.type === 'SetBudgetNonPayLines') {
      if (role !== 'consultant' && role !== 'tenant_admin' && !isFinancePartnerOf(role, command.data)) {
        throw forbidden('BUDGET_CHANGE_NOT_ALLOWED', "Only consultants, tenant admins and the council's finance partner can set the budget's non-pay lines.", { role });
      }
      const lines = validLines(command.data.lines);
      const before = state.nonPay[financialYear];
      if (before && JSON.stringify(before) === JSON.stringify(lines)) return [];
      return [{ type: 'BudgetNonPayLinesSet', data: { financialYear, lines } }];
    }
    if (!isFinancePartnerOf(role, command.data)) {
      throw forbidden('BUDGET_SIGN_OFF_NOT_ALLOWED', "Only the finance partner of the council running this programme can sign off its budget; ask them to do it in the portal.", { role });
    }
    const note = requireText('note', command.data.note, { max: 2000 });
    return [{ type: 'FunctionBudgetSignedOff', data: { financialYear, note, figures: command.data.figures, signedOn: command.metadata.now.slice(0, 10) } }];
  },
};

// ---- exit costs: the personal facts the establishment does not hold, per at-risk post ----
export type ExitCostInputs = {
  postId: string;
  age: number;
  completeYearsService: number;
  weeklyPayPence: number;
  pensionMember: boolean;
  yearsMembership: number;
  lgpsStrainEstimatePence: number | null;
  dismissalDate: string;
};
export type RecordExitCostInputs = Command<'RecordExitCostInputs', Scope & ExitCostInputs & { tables: ReferenceTables }>;
export type ExitCostInputsRecorded = DomainEvent<'ExitCostInputsRecorded', ExitCostInputs>;
export type ExitCostsState = { inputs: Record<string, ExitCostInputs> };

export const exitCostsDecider: Decider<RecordExitCostInputs, ExitCostInputsRecorded, ExitCostsState> = {
  initialState: { inputs: {} },
  evolve: (state, event) => (event.type === 'ExitCostInputsRecorded' ? { inputs: { ...state.inputs, [event.data.postId]: event.data } } : state),
  decide: ({ data, metadata }, state) => {
    const { role } = metadata.actor;
    const hr = role === 'hr_partner' && data.actorAuthorityId !== null && data.actorAuthorityId === data.programmeAuthorityId;
    if (role !== 'consultant' && role !== 'tenant_admin' && !hr) {
      throw forbidden('EXIT_COSTS_NOT_ALLOWED', "Only consultants, tenant admins and the council's HR partner can record exit-cost inputs.", { role });
    }
    const inputs: ExitCostInputs = {
      postId: requireId('postId', data.postId),
      age: data.age,
      completeYearsService: data.completeYearsService,
      weeklyPayPence: data.weeklyPayPence,
      pensionMember: data.pensionMember,
      yearsMembership: data.yearsMembership,
      lgpsStrainEstimatePence: data.lgpsStrainEstimatePence ?? null,
      dismissalDate: data.dismissalDate,
    };
    // The domain's own rules validate every figure: what cannot be computed is not recorded.
    statutoryRedundancyPay({ ...inputs, tables: data.tables });
    lgpsStrainFlag({ age: inputs.age, pensionMember: inputs.pensionMember, yearsMembership: inputs.yearsMembership, strainEstimatePence: inputs.lgpsStrainEstimatePence });
    const before = state.inputs[inputs.postId];
    if (before && JSON.stringify(before) === JSON.stringify(inputs)) return [];
    return [{ type: 'ExitCostInputsRecorded', data: inputs }];
  },
};
