import type { Command, Decider, DomainEvent } from '../shared/decider';
import { forbidden, invalid } from './errors';
import { requireNotSponsoredByAuthor } from '../shared/separation';
import { requirePence } from '../shared/values/money';
import { requireText } from '../shared/values/text';
import { costingDatesOf } from './financial-year';
import { MAX_NON_PAY_LINES, type NonPayLine } from './function-budget';

// Where the programme runs and where the actor belongs: only that council's finance partner signs.
export type CostingScope = { programmeAuthorityId: string; actorAuthorityId: string | null };

// The figures as signed, with the table ids and LGPS rate they came from.
export type BudgetFigures = { payTotal: number; nonPayTotal: number; total: number; funding: number; gap: number; tableIds: string[]; lgpsRateBp: number };

export type SetBudgetNonPayLines = Command<'SetBudgetNonPayLines', CostingScope & { financialYear: string; lines: NonPayLine[] }>;
// `preparedBy`: who shaped the budget (its lines and the design it costs), read by the API from history.
export type SignOffBudget = Command<'SignOffBudget', CostingScope & { financialYear: string; note: string; figures: BudgetFigures; preparedBy?: string[] }>;
export type FunctionBudgetCommand = SetBudgetNonPayLines | SignOffBudget;

export type BudgetNonPayLinesSet = DomainEvent<'BudgetNonPayLinesSet', { financialYear: string; lines: NonPayLine[] }>;
export type FunctionBudgetSignedOff = DomainEvent<'FunctionBudgetSignedOff', { financialYear: string; note: string; figures: BudgetFigures; signedOn: string }>;
export type FunctionBudgetEvent = BudgetNonPayLinesSet | FunctionBudgetSignedOff;

export type BudgetSignOff = { note: string; figures: BudgetFigures; signedOn: string };
// Both by financial year ('2025/26').
export type FunctionBudgetState = { nonPay: Record<string, NonPayLine[]>; signOffs: Record<string, BudgetSignOff[]> };

const validLines = (lines: unknown): NonPayLine[] => {
  if (!Array.isArray(lines) || lines.length > MAX_NON_PAY_LINES) {
    throw invalid('TOO_MANY_NON_PAY_LINES', `List at most ${MAX_NON_PAY_LINES} non-pay lines.`);
  }
  return lines.map((l: NonPayLine) => ({ label: requireText('label', l?.label, { max: 120 }), pencePerYear: requirePence('pencePerYear', l?.pencePerYear) }));
};

export const isPartnerOf = (wanted: string, role: string, s: CostingScope): boolean =>
  role === wanted && s.actorAuthorityId !== null && s.actorAuthorityId === s.programmeAuthorityId;

const setNonPayLines = ({ data, metadata }: SetBudgetNonPayLines, state: FunctionBudgetState): FunctionBudgetEvent[] => {
  const { financialYear } = costingDatesOf(data.financialYear);
  const { role } = metadata.actor;
  if (role !== 'consultant' && role !== 'tenant_admin' && !isPartnerOf('finance_partner', role, data)) {
    throw forbidden('BUDGET_CHANGE_NOT_ALLOWED', "Only consultants, tenant admins and the council's finance partner can set the budget's non-pay lines.", {
      role,
    });
  }
  const lines = validLines(data.lines);
  const before = state.nonPay[financialYear];
  // Setting the same lines again is not a new decision.
  if (before && JSON.stringify(before) === JSON.stringify(lines)) return [];
  return [{ type: 'BudgetNonPayLinesSet', data: { financialYear, lines } }];
};

const signOff = ({ data, metadata }: SignOffBudget): FunctionBudgetEvent[] => {
  const { financialYear } = costingDatesOf(data.financialYear);
  const { role } = metadata.actor;
  if (!isPartnerOf('finance_partner', role, data)) {
    throw forbidden(
      'BUDGET_SIGN_OFF_NOT_ALLOWED',
      'Only the finance partner of the council running this programme can sign off its budget; ask them to do it in the portal.',
      { role },
    );
  }
  requireNotSponsoredByAuthor(metadata, data.preparedBy, 'BUDGET_SIGNER_INVITED_BY_PREPARER', 'this budget');
  const note = requireText('note', data.note, { max: 2000 });
  return [{ type: 'FunctionBudgetSignedOff', data: { financialYear, note, figures: data.figures, signedOn: metadata.now.slice(0, 10) } }];
};

export const evolveFunctionBudget = (state: FunctionBudgetState, event: FunctionBudgetEvent): FunctionBudgetState => {
  const fy = event.data.financialYear;
  switch (event.type) {
    case 'BudgetNonPayLinesSet':
      return { ...state, nonPay: { ...state.nonPay, [fy]: event.data.lines } };
    case 'FunctionBudgetSignedOff': {
      const { note, figures, signedOn } = event.data;
      return { ...state, signOffs: { ...state.signOffs, [fy]: [...(state.signOffs[fy] ?? []), { note, figures, signedOn }] } };
    }
    default:
      return state;
  }
};

// The function budget's non-pay lines and the finance partner's sign-off, per financial year.
export const functionBudgetDecider: Decider<FunctionBudgetCommand, FunctionBudgetEvent, FunctionBudgetState> = {
  initialState: { nonPay: {}, signOffs: {} },
  evolve: evolveFunctionBudget,
  decide: (command, state) => {
    switch (command.type) {
      case 'SetBudgetNonPayLines':
        return setNonPayLines(command, state);
      case 'SignOffBudget':
        return signOff(command);
      default: {
        const unknown: never = command;
        throw new Error(`Unknown command ${(unknown as { type: string }).type}`);
      }
    }
  },
};
