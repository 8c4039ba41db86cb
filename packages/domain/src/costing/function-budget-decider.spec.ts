import { meta } from '../shared/testing/decider-spec';
import type { Role } from '../shared/decider';
import { deciderSpec } from '../testing';
import {
  functionBudgetDecider,
  type BudgetFigures,
  type BudgetNonPayLinesSet,
  type FunctionBudgetSignedOff,
  type SetBudgetNonPayLines,
  type SignOffBudget,
} from './function-budget-decider';
import { council, otherCouncil } from './spec-fixtures';

const spec = deciderSpec(functionBudgetDecider);
const by = (role: Role, actorAuthorityId: string | null = null) => ({ metadata: meta({ actor: { role }, now: '2025-11-03T10:00:00.000Z' }), actorAuthorityId });
const training = [{ label: 'Training and accreditation (CIPS)', pencePerYear: 1_200_000 }];
const setLines = (lines: unknown, who = by('consultant'), financialYear = '2025/26'): SetBudgetNonPayLines => ({
  type: 'SetBudgetNonPayLines',
  data: { programmeAuthorityId: council, actorAuthorityId: who.actorAuthorityId, financialYear, lines: lines as SetBudgetNonPayLines['data']['lines'] },
  metadata: who.metadata,
});
const linesSet = (lines = training, financialYear = '2025/26'): BudgetNonPayLinesSet => ({ type: 'BudgetNonPayLinesSet', data: { financialYear, lines } });
const figures: BudgetFigures = {
  payTotal: 8_880_969,
  nonPayTotal: 1_200_000,
  total: 10_080_969,
  funding: 9_000_000,
  gap: 1_080_969,
  tableIds: ['njc-spine-2025-26'],
  lgpsRateBp: 2110,
};
const signOff = (who = by('finance_partner', council), note = 'Affordable within the MTFS'): SignOffBudget => ({
  type: 'SignOffBudget',
  data: { programmeAuthorityId: council, actorAuthorityId: who.actorAuthorityId, financialYear: '2025/26', note, figures },
  metadata: who.metadata,
});
const signedOff = (note = 'Affordable within the MTFS'): FunctionBudgetSignedOff => ({
  type: 'FunctionBudgetSignedOff',
  data: { financialYear: '2025/26', note, figures, signedOn: '2025-11-03' },
});

describe('when a consultant sets the non-pay lines', () => {
  it('records them for the financial year', () => {
    spec.given([]).when(setLines(training)).then([linesSet()]);
  });

  it('records nothing when the lines are the same as before', () => {
    spec.given([linesSet()]).when(setLines(training)).then([]);
  });

  it('replaces the year’s lines, and keeps other years apart', () => {
    const more = [...training, { label: 'Contract management system', pencePerYear: 800_000 }];
    spec
      .given([linesSet()])
      .when(setLines(more))
      .then([linesSet(more)]);
    spec
      .given([linesSet()])
      .when(setLines(training, by('consultant'), '2026/27'))
      .then([linesSet(training, '2026/27')]);
  });

  it('lets the council’s own finance partner and a tenant admin set them', () => {
    spec
      .given([])
      .when(setLines(training, by('finance_partner', council)))
      .then([linesSet()]);
    spec
      .given([])
      .when(setLines(training, by('tenant_admin')))
      .then([linesSet()]);
  });

  it('refuses another council’s finance partner, HR and auditors', () => {
    spec
      .given([])
      .when(setLines(training, by('finance_partner', otherCouncil)))
      .thenThrows('BUDGET_CHANGE_NOT_ALLOWED', 'FORBIDDEN');
    spec
      .given([])
      .when(setLines(training, by('hr_partner', council)))
      .thenThrows('BUDGET_CHANGE_NOT_ALLOWED', 'FORBIDDEN');
    spec
      .given([])
      .when(setLines(training, by('auditor')))
      .thenThrows('BUDGET_CHANGE_NOT_ALLOWED', 'FORBIDDEN');
  });

  it('refuses a line without a label, a negative amount, too many lines and a malformed year', () => {
    spec
      .given([])
      .when(setLines([{ label: ' ', pencePerYear: 1 }]))
      .thenThrows('TEXT_REQUIRED', 'BAD_USER_INPUT');
    spec
      .given([])
      .when(setLines([{ label: 'Training', pencePerYear: -1 }]))
      .thenThrows('INVALID_MONEY', 'BAD_USER_INPUT');
    spec
      .given([])
      .when(setLines([{ label: 'Training', pencePerYear: 12.5 }]))
      .thenThrows('INVALID_MONEY', 'BAD_USER_INPUT');
    spec
      .given([])
      .when(setLines(Array.from({ length: 101 }, () => training[0])))
      .thenThrows('TOO_MANY_NON_PAY_LINES', 'BAD_USER_INPUT');
    spec
      .given([])
      .when(setLines(training, by('consultant'), '2025-26'))
      .thenThrows('INVALID_FINANCIAL_YEAR', 'BAD_USER_INPUT');
  });
});

describe('when the finance partner signs off the budget', () => {
  it('records the figures signed and the day', () => {
    spec.given([linesSet()]).when(signOff()).then([signedOff()]);
  });

  it('records a later sign-off again, as its own decision', () => {
    spec
      .given([linesSet(), signedOff()])
      .when(signOff(undefined, 'Re-signed after the pay award'))
      .then([signedOff('Re-signed after the pay award')]);
  });

  it('refuses anyone but the finance partner of the programme’s council', () => {
    spec
      .given([])
      .when(signOff(by('consultant')))
      .thenThrows('BUDGET_SIGN_OFF_NOT_ALLOWED', 'FORBIDDEN');
    spec
      .given([])
      .when(signOff(by('finance_partner', otherCouncil)))
      .thenThrows('BUDGET_SIGN_OFF_NOT_ALLOWED', 'FORBIDDEN');
    spec
      .given([])
      .when(signOff(by('finance_partner', null)))
      .thenThrows('BUDGET_SIGN_OFF_NOT_ALLOWED', 'FORBIDDEN');
    spec
      .given([])
      .when(signOff(by('hr_partner', council)))
      .thenThrows('BUDGET_SIGN_OFF_NOT_ALLOWED', 'FORBIDDEN');
  });

  it('refuses a finance partner invited by someone who prepared the budget, and lets one invited by someone else sign', () => {
    const preparer = { userId: '0190a000-0000-7000-8000-0000000000a1', displayName: 'Casey Consultant' };
    const admin = { userId: '0190a000-0000-7000-8000-0000000000a9', displayName: 'Ada Admin' };
    const invitedBy = (sponsor: typeof admin) => ({
      metadata: meta({ actor: { role: 'finance_partner', invitedBy: sponsor }, now: '2025-11-03T10:00:00.000Z' }),
      actorAuthorityId: council,
    });
    const withPreparers = (who: ReturnType<typeof invitedBy>): SignOffBudget => {
      const command = signOff(who);
      return { ...command, data: { ...command.data, preparedBy: [preparer.userId] } };
    };
    spec
      .given([linesSet()])
      .when(withPreparers(invitedBy(preparer)))
      .thenThrows('BUDGET_SIGNER_INVITED_BY_PREPARER', 'FORBIDDEN');
    spec
      .given([linesSet()])
      .when(withPreparers(invitedBy(admin)))
      .then([signedOff()]);
  });

  it('refuses a sign-off without a note', () => {
    spec.given([]).when(signOff(undefined, '')).thenThrows('TEXT_REQUIRED', 'BAD_USER_INPUT');
  });
});
