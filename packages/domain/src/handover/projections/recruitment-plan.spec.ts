import { accepted, completed, drafted, handedOver } from '../spec-fixtures';
import { overdueStages, vacancyStatus } from '../state';
import { projectRecruitmentPlan, type RecruitmentPlanRow } from './recruitment-plan';

const stamp = { at: '2026-12-01T10:00:00Z', by: 'Tom Reid' };
const rowAfter = (events: Parameters<typeof projectRecruitmentPlan>[1][]) =>
  events.reduce<RecruitmentPlanRow | null>((row, e) => projectRecruitmentPlan(row, e, stamp), null)!;

describe('the recruitment plan read model', () => {
  it('keeps the plan with its progress and a readable history', () => {
    const row = rowAfter([
      drafted(),
      handedOver,
      accepted,
      completed('internal_advert', '2026-11-30'),
      {
        type: 'RecruitmentStageReplanned',
        data: { vacancyId: 'officer', stage: 'offer', previousTargetDate: '2027-02-10', targetDate: '2027-02-12', reason: 'Panel availability' },
      },
      { type: 'VacancyFilled', data: { vacancyId: 'manager', startDate: '2027-03-01' } },
    ]);
    expect(row.plan).toMatchObject({ status: 'accepted', ism: { userId: handedOver.data.ismUserId, name: 'Tom Reid' }, acceptedOn: '2026-12-01' });
    const [officer, manager] = row.plan.vacancies;
    expect(officer.stages[0]).toEqual({ stage: 'internal_advert', targetDate: '2027-01-11', completedOn: '2026-11-30', replans: [] });
    expect(officer.stages[3]).toEqual({
      stage: 'offer',
      targetDate: '2027-02-12',
      completedOn: null,
      replans: [{ previousTargetDate: '2027-02-10', targetDate: '2027-02-12', reason: 'Panel availability' }],
    });
    expect([vacancyStatus(officer), vacancyStatus(manager)]).toEqual(['in_progress', 'filled']);
    expect(row.history.map((h) => h.summary)).toEqual([
      'Plan drafted with 2 vacancies',
      'Handed over to Tom Reid',
      'Accepted by the interim service manager, who now owns the plan',
      'Contract Officer: Internal advert completed on 2026-11-30',
      'Contract Officer: Offer moved from 2027-02-10 to 2027-02-12 (Panel availability)',
      'Contract Manager: filled, starting 2027-03-01',
    ]);
    expect(row.history[0]).toMatchObject(stamp);
  });

  it('names the stages past their target date, and none once the vacancy is filled', () => {
    const row = rowAfter([drafted(), handedOver, accepted, completed('internal_advert', '2026-11-30')]);
    const officer = row.plan.vacancies[0];
    expect(overdueStages(officer, '2027-01-25')).toEqual([]);
    expect(overdueStages(officer, '2027-01-26')).toEqual(['shortlisting']);
    expect(vacancyStatus(row.plan.vacancies[1])).toBe('not_started');
    expect(overdueStages({ ...officer, startDate: '2027-04-01' }, '2027-06-01')).toEqual([]);
  });
});
