import { deciderSpec } from '../testing';
import { handoverDecider } from './handover-decider';
import {
  accepted,
  as,
  consultant,
  draftCommand,
  drafted,
  handedOver,
  handOverCommand,
  ism,
  ismId,
  northShire,
  otherCouncil,
  otherIsm,
  ownCouncil,
  plan,
  southShire,
  theIsm,
} from './spec-fixtures';

const spec = deciderSpec(handoverDecider);
const accept = (metadata = ism, scope = ownCouncil) => ({ type: 'AcceptRecruitmentPlan' as const, data: scope, metadata });
const giveBack = (reasons: string, metadata = ism) => ({ type: 'ReturnRecruitmentPlan' as const, data: { ...ownCouncil, reasons }, metadata });

describe('when the consultancy drafts the plan', () => {
  it('records every open vacancy with its owner and stages', () => {
    spec.given([]).when(draftCommand()).then([drafted()]);
  });

  it('lets a redraft replace the draft, and a returned plan be redrafted', () => {
    spec.given([drafted()]).when(draftCommand()).then([drafted()]);
    spec
      .given([drafted(), handedOver, { type: 'RecruitmentPlanReturned', data: { ismUserId: ismId, reasons: 'Dates too tight', returnedOn: '2026-12-01' } }])
      .when(draftCommand())
      .then([drafted()]);
  });

  it('refuses anyone but the consultancy', () => {
    spec
      .given([])
      .when(draftCommand(plan(), as('hr_partner')))
      .thenThrows('HANDOVER_NOT_ALLOWED', 'FORBIDDEN');
    spec.given([]).when(draftCommand(plan(), ism)).thenThrows('HANDOVER_NOT_ALLOWED', 'FORBIDDEN');
  });
});

describe('when the plan is handed over', () => {
  it('names the interim service manager and the date', () => {
    spec.given([drafted()]).when(handOverCommand()).then([handedOver]);
  });

  it('needs a draft first', () => {
    spec.given([]).when(handOverCommand()).thenThrows('NO_PLAN_DRAFTED', 'CONFLICT');
  });

  it('goes only to an active interim service manager of the council running the programme', () => {
    spec.given([drafted()]).when(handOverCommand(null)).thenThrows('RECIPIENT_NOT_FOUND');
    spec
      .given([drafted()])
      .when(handOverCommand({ ...theIsm, active: false }))
      .thenThrows('RECIPIENT_NOT_FOUND');
    spec
      .given([drafted()])
      .when(handOverCommand({ ...theIsm, role: 'hr_partner' }))
      .thenThrows('RECIPIENT_NOT_INTERIM_SERVICE_MANAGER');
    spec
      .given([drafted()])
      .when(handOverCommand({ ...theIsm, authorityId: southShire }))
      .thenThrows('RECIPIENT_OF_ANOTHER_COUNCIL');
  });

  it('cannot be redrafted or handed over again while it awaits an answer', () => {
    spec.given([drafted(), handedOver]).when(draftCommand()).thenThrows('PLAN_ALREADY_HANDED_OVER', 'CONFLICT');
    spec.given([drafted(), handedOver]).when(handOverCommand()).thenThrows('PLAN_ALREADY_HANDED_OVER', 'CONFLICT');
  });
});

describe('when the interim service manager answers', () => {
  it('accepts it, taking ownership', () => {
    spec.given([drafted(), handedOver]).when(accept()).then([accepted]);
  });

  it('returns it with reasons', () => {
    spec
      .given([drafted(), handedOver])
      .when(giveBack(' Interview dates clash with the budget round '))
      .then([
        { type: 'RecruitmentPlanReturned', data: { ismUserId: ismId, reasons: 'Interview dates clash with the budget round', returnedOn: '2026-12-01' } },
      ]);
    spec.given([drafted(), handedOver]).when(giveBack('  ')).thenThrows('TEXT_REQUIRED');
  });

  it('refuses anyone but the named manager of that council', () => {
    spec.given([drafted(), handedOver]).when(accept(consultant)).thenThrows('HANDOVER_NOT_YOURS', 'FORBIDDEN');
    spec.given([drafted(), handedOver]).when(accept(otherIsm)).thenThrows('HANDOVER_NOT_YOURS', 'FORBIDDEN');
    spec.given([drafted(), handedOver]).when(accept(ism, otherCouncil)).thenThrows('HANDOVER_NOT_YOURS', 'FORBIDDEN');
    spec
      .given([drafted(), handedOver])
      .when(accept(ism, { programmeAuthorityId: northShire }))
      .thenThrows('HANDOVER_NOT_YOURS', 'FORBIDDEN');
  });

  it('answers only a plan that awaits an answer, once', () => {
    spec.given([drafted()]).when(accept()).thenThrows('PLAN_NOT_HANDED_OVER', 'CONFLICT');
    spec.given([drafted(), handedOver, accepted]).when(accept()).thenThrows('PLAN_NOT_HANDED_OVER', 'CONFLICT');
  });
});

describe('when the plan has been accepted', () => {
  it('leaves the consultancy read access only', () => {
    spec.given([drafted(), handedOver, accepted]).when(draftCommand()).thenThrows('PLAN_READ_ONLY_AFTER_ACCEPTANCE', 'FORBIDDEN');
    spec.given([drafted(), handedOver, accepted]).when(handOverCommand()).thenThrows('PLAN_READ_ONLY_AFTER_ACCEPTANCE', 'FORBIDDEN');
  });
});
