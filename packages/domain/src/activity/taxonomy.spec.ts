import { contractManagementActivityIds, DEFAULT_CONTRACT_MANAGEMENT_ACTIVITIES, validateTaxonomy, type Activity } from './taxonomy';

const activity = (activityId: string, parentId: string | null, contractManagement = false, retired = false): Activity => ({
  activityId,
  parentId,
  name: activityId,
  contractManagement,
  retired,
});

describe('contract-management activities', () => {
  it('counts an activity marked itself or under a marked ancestor, active only', () => {
    const activities = [
      activity('cm', null, true),
      activity('kpi', 'cm'),
      activity('deep', 'kpi'),
      activity('old', 'cm', false, true),
      activity('other', null),
      activity('cm-bit', 'other', true),
      activity('plain', 'other'),
    ];
    expect(contractManagementActivityIds(activities)).toEqual(['cm', 'kpi', 'deep', 'cm-bit']);
    expect(contractManagementActivityIds(activities, { includeRetired: true })).toEqual(['cm', 'kpi', 'deep', 'old', 'cm-bit']);
  });
});

describe('the default taxonomy', () => {
  const asInputs = () =>
    DEFAULT_CONTRACT_MANAGEMENT_ACTIVITIES.map((d) => ({ activityId: d.key, parentId: d.parentKey, name: d.name, contractManagement: d.contractManagement }));

  it('is a valid tree', () => {
    expect(validateTaxonomy(asInputs())).toHaveLength(DEFAULT_CONTRACT_MANAGEMENT_ACTIVITIES.length);
  });

  it('puts eight contract-management activities under one root, and other work outside it', () => {
    const ids = contractManagementActivityIds(asInputs());
    expect(ids).toHaveLength(9);
    expect(ids).not.toContain('other-work');
    expect(DEFAULT_CONTRACT_MANAGEMENT_ACTIVITIES.filter((d) => d.parentKey === 'contract-management')).toHaveLength(8);
  });
});
