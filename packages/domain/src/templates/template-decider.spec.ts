import { DEFAULT_CONTRACT_MANAGEMENT_ACTIVITIES } from '../activity';
import { DEFAULT_CAPACITY_ASSUMPTIONS } from '../capacity';
import { DEFAULT_TIER_RULES } from '../contracts';
import { deciderSpec, meta } from '../testing';
import type { RetireTemplate, SaveTemplate } from './commands';
import type { TemplateRetired, TemplateSaved } from './events';
import type { TemplateTaxonomyNode } from './taxonomy';
import { templateDecider } from './template-decider';

const spec = deciderSpec(templateDecider);
const templateId = '0190a000-0000-7000-8000-000000000201';
const taxonomy: TemplateTaxonomyNode[] = DEFAULT_CONTRACT_MANAGEMENT_ACTIVITIES.map((a) => ({ ...a }));
const data: SaveTemplate['data'] = {
  templateId,
  name: 'County council contract management',
  description: 'Gold/Silver/Bronze tiers and the standard contract-management activities.',
  taxonomy,
  tierRules: DEFAULT_TIER_RULES,
  capacityAssumptions: DEFAULT_CAPACITY_ASSUMPTIONS,
};
const save = (overrides: Partial<SaveTemplate['data']> = {}): SaveTemplate => ({ type: 'SaveTemplate', data: { ...data, ...overrides }, metadata: meta() });
const retire: RetireTemplate = { type: 'RetireTemplate', data: { templateId }, metadata: meta() };
const saved: TemplateSaved = { type: 'TemplateSaved', data };
const retired: TemplateRetired = { type: 'TemplateRetired', data: { templateId } };
const node = (key: string, parentKey: string | null, name = key): TemplateTaxonomyNode => ({ key, parentKey, name, contractManagement: true });

describe('when the template does not exist', () => {
  it('saves it, trimmed, with an optional description', () => {
    spec
      .given([])
      .when(save({ name: ` ${data.name} ` }))
      .then([saved]);
    spec
      .given([])
      .when(save({ description: ' ' }))
      .then([{ type: 'TemplateSaved', data: { ...data, description: '' } }]);
  });

  it('validates the name (120), description (1,000) and id', () => {
    spec
      .given([])
      .when(save({ name: '' }))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([])
      .when(save({ name: 'n'.repeat(121) }))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([])
      .when(save({ description: 'd'.repeat(1001) }))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([])
      .when(save({ templateId: 'tpl-1' }))
      .thenThrows('INVALID_ID');
  });

  it.each<[string, TemplateTaxonomyNode[], string]>([
    ['an empty taxonomy', [], 'TEMPLATE_TAXONOMY_EMPTY'],
    ['more than 500 activities', Array.from({ length: 501 }, (_, i) => node(`k${i}`, null)), 'TEMPLATE_TAXONOMY_TOO_LARGE'],
    ['an empty key', [node(' ', null)], 'TEMPLATE_TAXONOMY_KEY_INVALID'],
    ['a repeated key', [node('a', null), node('a', null, 'Other')], 'TEMPLATE_TAXONOMY_KEY_DUPLICATE'],
    ['a missing parent', [node('a', 'nowhere')], 'TEMPLATE_TAXONOMY_PARENT_NOT_FOUND'],
    ['a cycle', [node('a', 'b'), node('b', 'a')], 'TEMPLATE_TAXONOMY_CYCLE'],
    ['a node that is its own parent', [node('a', 'a')], 'TEMPLATE_TAXONOMY_CYCLE'],
    ['five levels', [node('a', null), node('b', 'a'), node('c', 'b'), node('d', 'c'), node('e', 'd')], 'TEMPLATE_TAXONOMY_TOO_DEEP'],
    ['two siblings with one name', [node('a', null, 'Root'), node('b', 'a', 'KPIs'), node('c', 'a', ' kpis ')], 'TEMPLATE_TAXONOMY_NAME_TAKEN'],
    ['an activity with no name', [node('a', null, ' ')], 'TEXT_REQUIRED'],
  ])('refuses %s', (_, nodes, code) => {
    spec
      .given([])
      .when(save({ taxonomy: nodes }))
      .thenThrows(code);
  });

  it('allows the same name under different parents, and four levels', () => {
    const nodes = [node('a', null, 'Root'), node('b', 'a', 'KPIs'), node('c', 'b', 'Detail'), node('d', 'c', 'KPIs')];
    spec
      .given([])
      .when(save({ taxonomy: nodes }))
      .then([{ type: 'TemplateSaved', data: { ...data, taxonomy: nodes } }]);
  });

  it('validates the tier rules and capacity assumptions it carries', () => {
    spec
      .given([])
      .when(save({ tierRules: { bands: [] } }))
      .thenThrows('INVALID_TIER_RULES');
    spec
      .given([])
      .when(save({ capacityAssumptions: { ...DEFAULT_CAPACITY_ASSUMPTIONS, productiveHoursPerFte: 500 } }))
      .thenThrows('INVALID_CAPACITY_ASSUMPTIONS');
  });

  it('needs hours for exactly the tiers in the tier rules: TEMPLATE_TIERS_MISMATCH', () => {
    const error = spec
      .given([])
      .when(save({ capacityAssumptions: { hoursPerContractByTier: { Gold: 520, Silver: 156, Platinum: 900 }, productiveHoursPerFte: 1650 } }))
      .thenThrows('TEMPLATE_TIERS_MISMATCH');
    expect(error.message).toBe(
      'The capacity assumptions must give hours for exactly the tiers in the tier rules (Gold, Silver, Bronze); there are no hours per contract for Bronze and hours for Platinum, which is not a tier.',
    );
  });

  it('cannot retire it: TEMPLATE_NOT_FOUND', () => {
    spec.given([]).when(retire).thenThrows('TEMPLATE_NOT_FOUND', 'NOT_FOUND');
  });
});

describe('when the template is saved', () => {
  it('refuses to save it again: TEMPLATE_ALREADY_EXISTS', () => {
    spec
      .given([saved])
      .when(save({ name: 'Another' }))
      .thenThrows('TEMPLATE_ALREADY_EXISTS', 'CONFLICT');
  });

  it('retires it', () => {
    spec.given([saved]).when(retire).then([retired]);
  });
});

describe('when the template is retired', () => {
  it('records nothing on a second retirement', () => {
    spec.given([saved, retired]).when(retire).then([]);
  });

  it('still cannot be saved again', () => {
    spec.given([saved, retired]).when(save()).thenThrows('TEMPLATE_ALREADY_EXISTS', 'CONFLICT');
  });
});
