import { analyseActivity } from './analysis';
import { deciderSpec, meta } from '../testing';
import type { AddActivity, RenameActivity, ReplaceTaxonomy, RetireActivity, SeedTaxonomy } from './commands';
import type { TaxonomyEvent } from './events';
import type { ActivityInput } from './taxonomy';
import { taxonomyDecider } from './taxonomy-decider';

const spec = deciderSpec(taxonomyDecider);
const node = (activityId: string, parentId: string | null, name: string, contractManagement = false): ActivityInput => ({
  activityId,
  parentId,
  name,
  contractManagement,
});
const tree = [
  node('cm', null, 'Contract management', true),
  node('kpi', 'cm', 'KPI monitoring'),
  node('pay', 'cm', 'Payments'),
  node('other', null, 'Other work'),
];
const seeded: TaxonomyEvent = { type: 'TaxonomySeeded', data: { activities: tree } };

const seed = (activities: ActivityInput[] = tree): SeedTaxonomy => ({ type: 'SeedTaxonomy', data: { activities }, metadata: meta() });
const add = (a: ActivityInput): AddActivity => ({ type: 'AddActivity', data: a, metadata: meta() });
const rename = (activityId: string, name: string): RenameActivity => ({ type: 'RenameActivity', data: { activityId, name }, metadata: meta() });
const retire = (activityId: string): RetireActivity => ({ type: 'RetireActivity', data: { activityId }, metadata: meta() });
const replace = (activities: ActivityInput[], fromTemplateId: string | null = 'tpl-1'): ReplaceTaxonomy => ({
  type: 'ReplaceTaxonomy',
  data: { activities, fromTemplateId },
  metadata: meta(),
});

describe('when the taxonomy is empty', () => {
  it('seeds it, trimming names', () => {
    spec
      .given([])
      .when(seed([{ ...tree[0], name: ' Contract management ' }, ...tree.slice(1)]))
      .then([seeded]);
  });

  it('lists parents after their children if the caller does', () => {
    const reversed = [...tree].reverse();
    spec
      .given([])
      .when(seed(reversed))
      .then([{ type: 'TaxonomySeeded', data: { activities: reversed } }]);
  });

  it('refuses an empty seed', () => {
    spec.given([]).when(seed([])).thenThrows('TAXONOMY_EMPTY');
  });

  it('refuses more than 500 activities', () => {
    const many = Array.from({ length: 501 }, (_, i) => node(`a${i}`, null, `Activity ${i}`));
    spec.given([]).when(seed(many)).thenThrows('TAXONOMY_TOO_LARGE');
  });

  it('adds a root activity', () => {
    spec
      .given([])
      .when(add(node('cm', null, 'Contract management', true)))
      .then([{ type: 'ActivityAdded', data: node('cm', null, 'Contract management', true) }]);
  });
});

describe('when the taxonomy is seeded', () => {
  it('refuses to seed it again', () => {
    spec.given([seeded]).when(seed()).thenThrows('TAXONOMY_ALREADY_SEEDED', 'CONFLICT');
  });

  it('adds an activity under an active parent', () => {
    spec
      .given([seeded])
      .when(add(node('var', 'cm', 'Variations')))
      .then([{ type: 'ActivityAdded', data: node('var', 'cm', 'Variations') }]);
  });

  it('needs the parent to exist and be active', () => {
    spec
      .given([seeded])
      .when(add(node('x', 'nope', 'X')))
      .thenThrows('ACTIVITY_NOT_FOUND', 'NOT_FOUND');
    spec
      .given([seeded, { type: 'ActivityRetired', data: { activityIds: ['pay'] } }])
      .when(add(node('x', 'pay', 'X')))
      .thenThrows('ACTIVITY_NOT_FOUND');
  });

  it('keeps sibling names unique, whatever the case, but allows the same name elsewhere', () => {
    spec
      .given([seeded])
      .when(add(node('x', 'cm', '  payments')))
      .thenThrows('ACTIVITY_NAME_TAKEN');
    spec
      .given([seeded])
      .when(add(node('x', null, 'OTHER   work')))
      .thenThrows('ACTIVITY_NAME_TAKEN');
    spec
      .given([seeded])
      .when(add(node('x', 'other', 'Payments')))
      .then([{ type: 'ActivityAdded', data: node('x', 'other', 'Payments') }]);
  });

  it('allows four levels and no more', () => {
    const deeper: TaxonomyEvent[] = [seeded, { type: 'ActivityAdded', data: node('l3', 'kpi', 'Level 3') }];
    spec
      .given(deeper)
      .when(add(node('l4', 'l3', 'Level 4')))
      .then([{ type: 'ActivityAdded', data: node('l4', 'l3', 'Level 4') }]);
    spec
      .given([...deeper, { type: 'ActivityAdded', data: node('l4', 'l3', 'Level 4') }])
      .when(add(node('l5', 'l4', 'Level 5')))
      .thenThrows('ACTIVITY_TOO_DEEP');
  });

  it('refuses an id that is taken, or missing', () => {
    spec
      .given([seeded])
      .when(add(node('kpi', 'other', 'New')))
      .thenThrows('ACTIVITY_ALREADY_EXISTS', 'CONFLICT');
    spec
      .given([seeded])
      .when(add(node('', null, 'New')))
      .thenThrows('INVALID_ID');
  });

  it('validates the name (120)', () => {
    spec
      .given([seeded])
      .when(add(node('x', null, 'n'.repeat(121))))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([seeded])
      .when(add(node('x', null, ' ')))
      .thenThrows('TEXT_REQUIRED');
  });

  it('renames an activity', () => {
    spec
      .given([seeded])
      .when(rename('kpi', 'Supplier KPIs'))
      .then([{ type: 'ActivityRenamed', data: { activityId: 'kpi', name: 'Supplier KPIs' } }]);
  });

  it('records nothing when the name is unchanged', () => {
    spec.given([seeded]).when(rename('kpi', ' KPI monitoring ')).then([]);
  });

  it('may change only the case of a name', () => {
    spec
      .given([seeded])
      .when(rename('kpi', 'KPI Monitoring'))
      .then([{ type: 'ActivityRenamed', data: { activityId: 'kpi', name: 'KPI Monitoring' } }]);
  });

  it('refuses a rename to a sibling name, or of an unknown or retired activity', () => {
    spec.given([seeded]).when(rename('kpi', 'payments')).thenThrows('ACTIVITY_NAME_TAKEN');
    spec.given([seeded]).when(rename('nope', 'X')).thenThrows('ACTIVITY_NOT_FOUND');
    spec
      .given([seeded, { type: 'ActivityRetired', data: { activityIds: ['kpi'] } }])
      .when(rename('kpi', 'X'))
      .thenThrows('ACTIVITY_RETIRED');
  });

  it('retires an activity with all its active descendants in one event', () => {
    const grandchild: TaxonomyEvent = { type: 'ActivityAdded', data: node('l3', 'kpi', 'Level 3') };
    spec
      .given([seeded, grandchild])
      .when(retire('cm'))
      .then([{ type: 'ActivityRetired', data: { activityIds: ['cm', 'kpi', 'pay', 'l3'] } }]);
    spec
      .given([seeded, grandchild, { type: 'ActivityRetired', data: { activityIds: ['pay'] } }])
      .when(retire('cm'))
      .then([{ type: 'ActivityRetired', data: { activityIds: ['cm', 'kpi', 'l3'] } }]);
  });

  it('records nothing when the activity is already retired', () => {
    spec
      .given([seeded, { type: 'ActivityRetired', data: { activityIds: ['pay'] } }])
      .when(retire('pay'))
      .then([]);
  });

  it('refuses to retire an unknown activity', () => {
    spec.given([seeded]).when(retire('nope')).thenThrows('ACTIVITY_NOT_FOUND', 'NOT_FOUND');
  });

  it('frees a retired name for a new sibling', () => {
    spec
      .given([seeded, { type: 'ActivityRetired', data: { activityIds: ['pay'] } }])
      .when(add(node('pay2', 'cm', 'Payments')))
      .then([{ type: 'ActivityAdded', data: node('pay2', 'cm', 'Payments') }]);
  });
});

describe('when a template replaces the taxonomy', () => {
  const fresh = [node('a', null, 'Commissioning', true), node('b', 'a', 'Market shaping')];

  it('replaces it at any time, naming the template', () => {
    spec
      .given([seeded])
      .when(replace(fresh))
      .then([{ type: 'TaxonomyReplaced', data: { activities: fresh, fromTemplateId: 'tpl-1' } }]);
    spec
      .given([])
      .when(replace(fresh, null))
      .then([{ type: 'TaxonomyReplaced', data: { activities: fresh, fromTemplateId: null } }]);
  });

  it('makes the new activities active and keeps the replaced ones as retired, so earlier returns still count', () => {
    const before = [seeded].reduce(taxonomyDecider.evolve, taxonomyDecider.initialState);
    const state = [seeded, { type: 'TaxonomyReplaced', data: { activities: fresh, fromTemplateId: 'tpl-1' } } as TaxonomyEvent].reduce(
      taxonomyDecider.evolve,
      taxonomyDecider.initialState,
    );
    expect(state.activities.filter((a) => !a.retired)).toEqual(fresh.map((a) => ({ ...a, retired: false })));
    expect(state.activities.filter((a) => a.retired).map((a) => a.activityId)).toEqual(before.activities.map((a) => a.activityId));
    const cm = before.activities.find((a) => a.contractManagement)!.activityId;
    const analysis = analyseActivity({
      posts: [{ postId: 'p1', serviceId: 's1', fte: 1000, budgetedAnnualCostPence: 100_000 }],
      sharesByPost: { p1: [{ activityId: cm, percent: 50 }] },
      activities: state.activities,
      substantiveThresholdPercent: 50,
    });
    expect(analysis.totalFte).toBe(500);
  });

  it('validates the tree', () => {
    spec
      .given([])
      .when(replace([node('a', 'missing', 'A')]))
      .thenThrows('ACTIVITY_NOT_FOUND');
    spec
      .given([])
      .when(replace([node('a', 'b', 'A'), node('b', 'a', 'B')]))
      .thenThrows('TAXONOMY_CYCLE');
    spec
      .given([])
      .when(replace([node('a', 'a', 'A')]))
      .thenThrows('TAXONOMY_CYCLE');
    spec
      .given([])
      .when(replace([node('a', null, 'A'), node('b', null, ' a ')]))
      .thenThrows('ACTIVITY_NAME_TAKEN');
    spec
      .given([])
      .when(replace([node('a', null, 'A'), node('a', null, 'B')]))
      .thenThrows('ACTIVITY_ALREADY_EXISTS');
    spec
      .given([])
      .when(replace([node('1', null, 'L1'), node('2', '1', 'L2'), node('3', '2', 'L3'), node('4', '3', 'L4'), node('5', '4', 'L5')]))
      .thenThrows('ACTIVITY_TOO_DEEP');
    spec.given([]).when(replace([])).thenThrows('TAXONOMY_EMPTY');
  });
});
