import { deciderSpec, meta } from '../testing';
import type { BenefitFields, BenefitStatus } from './benefit-fields';
import { benefitsDecider } from './benefits-decider';
import type { ChangeBenefitStatus, RecordBenefit, UpdateBenefit } from './commands';
import type { BenefitRecorded } from './events';

const spec = deciderSpec(benefitsDecider);
const benefitId = '0190a000-0000-7000-8000-000000000401';
const savings: BenefitFields = {
  benefitId,
  title: 'Reduce home care unit costs to regional benchmark',
  cashable: true,
  annualAmountPence: 45_000_000,
  owner: 'Director of Adult Social Care',
  baseline: 'Unit cost £24.10 an hour in 2024/25',
  targetDate: '2027-03-31',
  status: 'planned',
};
const record = (benefit: Partial<BenefitFields> = {}): RecordBenefit => ({
  type: 'RecordBenefit',
  data: { benefit: { ...savings, ...benefit } },
  metadata: meta(),
});
const update = (benefit: Partial<BenefitFields> = {}): UpdateBenefit => ({
  type: 'UpdateBenefit',
  data: { benefit: { ...savings, ...benefit } },
  metadata: meta(),
});
const change = (status: BenefitStatus, note = 'Supplier has agreed a new rate card.'): ChangeBenefitStatus => ({
  type: 'ChangeBenefitStatus',
  data: { benefitId, status, note },
  metadata: meta(),
});
const recorded: BenefitRecorded = { type: 'BenefitRecorded', data: savings };

describe('when the benefit is not recorded', () => {
  it('records it, trimmed', () => {
    spec
      .given([])
      .when(record({ title: ` ${savings.title} `, owner: `${savings.owner}  ` }))
      .then([recorded]);
  });

  it('allows an empty baseline, to be filled in later', () => {
    spec
      .given([])
      .when(record({ baseline: ' ' }))
      .then([{ type: 'BenefitRecorded', data: { ...savings, baseline: '' } }]);
  });

  it('validates title (200), owner (120), baseline (500), amount, date, status, cashable and id', () => {
    spec
      .given([])
      .when(record({ title: '' }))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([])
      .when(record({ title: 't'.repeat(201) }))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([])
      .when(record({ owner: 'o'.repeat(121) }))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([])
      .when(record({ baseline: 'b'.repeat(501) }))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([])
      .when(record({ annualAmountPence: -1 }))
      .thenThrows('INVALID_MONEY');
    spec
      .given([])
      .when(record({ annualAmountPence: 1_000_000_000_001 }))
      .thenThrows('INVALID_MONEY');
    spec
      .given([])
      .when(record({ targetDate: '31/03/2027' }))
      .thenThrows('INVALID_DATE');
    spec
      .given([])
      .when(record({ status: 'done' as never }))
      .thenThrows('INVALID_BENEFIT_STATUS');
    spec
      .given([])
      .when(record({ cashable: 'yes' as never }))
      .thenThrows('INVALID_CASHABLE');
    spec
      .given([])
      .when(record({ benefitId: 'b-1' }))
      .thenThrows('INVALID_ID');
  });

  it('cannot update it or change its status: BENEFIT_NOT_FOUND', () => {
    spec.given([]).when(update()).thenThrows('BENEFIT_NOT_FOUND', 'NOT_FOUND');
    spec.given([]).when(change('on_track')).thenThrows('BENEFIT_NOT_FOUND', 'NOT_FOUND');
  });
});

describe('when the benefit is recorded', () => {
  it('refuses to record it twice: BENEFIT_ALREADY_EXISTS', () => {
    spec.given([recorded]).when(record()).thenThrows('BENEFIT_ALREADY_EXISTS', 'CONFLICT');
  });

  it('updates its details', () => {
    spec
      .given([recorded])
      .when(update({ annualAmountPence: 50_000_000 }))
      .then([{ type: 'BenefitUpdated', data: { ...savings, annualAmountPence: 50_000_000 } }]);
  });

  it('records nothing when an update changes nothing', () => {
    spec
      .given([recorded])
      .when(update({ owner: ` ${savings.owner}` }))
      .then([]);
  });

  it('refuses to move the status through an update: BENEFIT_STATUS_NEEDS_CHANGE', () => {
    spec
      .given([recorded])
      .when(update({ status: 'achieved' }))
      .thenThrows('BENEFIT_STATUS_NEEDS_CHANGE');
  });

  it('changes the status with a note, recording where it came from', () => {
    spec
      .given([recorded])
      .when(change('at_risk', ' Rate card delayed. '))
      .then([{ type: 'BenefitStatusChanged', data: { benefitId, from: 'planned', to: 'at_risk', note: 'Rate card delayed.' } }]);
  });

  it('validates the note (up to 1,000 characters) and the new status', () => {
    spec
      .given([recorded])
      .when(change('on_track', 'n'.repeat(1001)))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([recorded])
      .when(change('finished' as never))
      .thenThrows('INVALID_BENEFIT_STATUS');
  });

  it('refuses a change to the status it already has: BENEFIT_STATUS_UNCHANGED', () => {
    spec.given([recorded]).when(change('planned')).thenThrows('BENEFIT_STATUS_UNCHANGED', 'BAD_USER_INPUT');
  });
});

describe('when the status has changed', () => {
  const history = [recorded, { type: 'BenefitStatusChanged' as const, data: { benefitId, from: 'planned' as const, to: 'on_track' as const, note: '' } }];

  it('updates details while keeping the new status', () => {
    spec
      .given(history)
      .when(update({ status: 'on_track', owner: 'Head of Commissioning' }))
      .then([{ type: 'BenefitUpdated', data: { ...savings, status: 'on_track', owner: 'Head of Commissioning' } }]);
  });

  it('moves on to achieved', () => {
    spec
      .given(history)
      .when(change('achieved', ''))
      .then([{ type: 'BenefitStatusChanged', data: { benefitId, from: 'on_track', to: 'achieved', note: '' } }]);
  });
});
