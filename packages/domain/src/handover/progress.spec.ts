import { deciderSpec } from '../testing';
import { handoverDecider } from './handover-decider';
import {
  accepted,
  approved,
  as,
  complete,
  completed,
  consultant,
  deferred,
  drafted,
  handedOver,
  ism,
  nothingSubmitted,
  otherCouncil,
  otherIsm,
  ownCouncil,
} from './spec-fixtures';

const spec = deciderSpec(handoverDecider);
const owned = [drafted(), handedOver, accepted];
const replan = (stage: string, targetDate: string, reason = 'Advert closed late') => ({
  type: 'ReplanStage' as const,
  data: { ...ownCouncil, vacancyId: 'officer', stage, targetDate, reason },
  metadata: ism,
});
const fill = (startDate: string, gate = approved, vacancyId = 'officer') => ({
  type: 'RecordVacancyFilled' as const,
  data: { ...ownCouncil, ...gate, vacancyId, startDate },
  metadata: ism,
});

describe('when the interim service manager records progress', () => {
  it('records a stage completed on a date', () => {
    spec
      .given(owned)
      .when(complete('internal_advert', '2026-11-30'))
      .then([completed('internal_advert', '2026-11-30')]);
  });

  it('refuses a future date, an unplanned stage, a stage done twice, and dates against the stage order', () => {
    spec.given(owned).when(complete('internal_advert', '2026-12-02')).thenThrows('DATE_IN_FUTURE');
    spec.given(owned).when(complete('external_advert', '2026-11-30')).thenThrows('STAGE_NOT_PLANNED');
    spec.given(owned).when(complete('probation', '2026-11-30')).thenThrows('STAGE_NOT_PLANNED');
    const started = [...owned, completed('internal_advert', '2026-11-20')];
    spec.given(started).when(complete('internal_advert', '2026-11-21')).thenThrows('STAGE_ALREADY_COMPLETED', 'CONFLICT');
    spec.given(started).when(complete('shortlisting', '2026-11-19')).thenThrows('COMPLETION_OUT_OF_ORDER');
    spec
      .given([...owned, completed('interview', '2026-11-20')])
      .when(complete('shortlisting', '2026-11-21'))
      .thenThrows('COMPLETION_OUT_OF_ORDER');
    spec
      .given(started)
      .when(complete('shortlisting', '2026-11-20'))
      .then([completed('shortlisting', '2026-11-20')]);
  });

  it('refuses an unknown vacancy', () => {
    spec
      .given(owned)
      .when({ ...complete('internal_advert', '2026-11-30'), data: { ...complete('internal_advert', '2026-11-30').data, vacancyId: 'nope' } })
      .thenThrows('VACANCY_NOT_FOUND', 'NOT_FOUND');
  });

  it('refuses anyone but the owner, and anything before acceptance', () => {
    spec
      .given(owned)
      .when(complete('internal_advert', '2026-11-30', approved, consultant))
      .thenThrows('PROGRESS_NOT_ALLOWED', 'FORBIDDEN');
    spec
      .given(owned)
      .when(complete('internal_advert', '2026-11-30', approved, otherIsm))
      .thenThrows('PROGRESS_NOT_ALLOWED', 'FORBIDDEN');
    spec
      .given(owned)
      .when(complete('internal_advert', '2026-11-30', approved, as('hr_partner')))
      .thenThrows('PROGRESS_NOT_ALLOWED', 'FORBIDDEN');
    spec
      .given(owned)
      .when(complete('internal_advert', '2026-11-30', approved, ism, otherCouncil))
      .thenThrows('PROGRESS_NOT_ALLOWED', 'FORBIDDEN');
    spec.given([drafted(), handedOver]).when(complete('internal_advert', '2026-11-30')).thenThrows('PLAN_NOT_ACCEPTED', 'CONFLICT');
  });
});

describe('when the Design Authority gate is not open', () => {
  it('refuses to start recruitment', () => {
    const error = spec
      .given(owned)
      .when(complete('internal_advert', '2026-11-30', deferred))
      .thenThrows('DESIGN_AUTHORITY_GATE_CLOSED');
    expect(error.message).toMatch(/^Recruitment cannot start until the Design Authority has approved the proposal: it deferred submission s1/);
    spec
      .given(owned)
      .when(complete('internal_advert', '2026-11-30', nothingSubmitted))
      .thenThrows('DESIGN_AUTHORITY_GATE_CLOSED');
    spec.given(owned).when(fill('2027-04-01', deferred)).thenThrows('DESIGN_AUTHORITY_GATE_CLOSED');
  });

  it('does not stop a recruitment already started, or re-planning', () => {
    const started = [...owned, completed('internal_advert', '2026-11-20')];
    spec
      .given(started)
      .when(complete('shortlisting', '2026-11-25', deferred))
      .then([completed('shortlisting', '2026-11-25')]);
    spec
      .given(owned)
      .when(replan('offer', '2027-02-12'))
      .then([
        {
          type: 'RecruitmentStageReplanned',
          data: { vacancyId: 'officer', stage: 'offer', previousTargetDate: '2027-02-10', targetDate: '2027-02-12', reason: 'Advert closed late' },
        },
      ]);
  });
});

describe('when a stage is re-planned', () => {
  it('keeps the target dates in order, needs a reason and a new date', () => {
    spec.given(owned).when(replan('offer', '2027-04-02')).thenThrows('TARGET_DATES_OUT_OF_ORDER');
    spec.given(owned).when(replan('interview', '2027-01-24')).thenThrows('TARGET_DATES_OUT_OF_ORDER');
    spec.given(owned).when(replan('offer', '2027-02-10')).thenThrows('TARGET_UNCHANGED');
    spec
      .given(owned)
      .when(replan('offer', '2027-02-12', ' '))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([...owned, completed('internal_advert', '2026-11-20')])
      .when(replan('internal_advert', '2027-01-12'))
      .thenThrows('STAGE_ALREADY_COMPLETED', 'CONFLICT');
  });
});

describe('when a vacancy is filled', () => {
  it('records the start date, not before the last completed stage, once', () => {
    const started = [...owned, completed('internal_advert', '2026-11-20')];
    spec
      .given(started)
      .when(fill('2027-04-01'))
      .then([{ type: 'VacancyFilled', data: { vacancyId: 'officer', startDate: '2027-04-01' } }]);
    spec.given(started).when(fill('2026-11-19')).thenThrows('START_BEFORE_PROGRESS');
    const filled = [...started, { type: 'VacancyFilled' as const, data: { vacancyId: 'officer', startDate: '2027-04-01' } }];
    spec.given(filled).when(fill('2027-04-02')).thenThrows('VACANCY_ALREADY_FILLED', 'CONFLICT');
    spec.given(filled).when(complete('shortlisting', '2026-11-25')).thenThrows('VACANCY_ALREADY_FILLED', 'CONFLICT');
  });
});
