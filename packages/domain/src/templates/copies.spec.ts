import { validateTaxonomy } from '../activity';
import { DEFAULT_CAPACITY_ASSUMPTIONS } from '../capacity';
import { DEFAULT_TIER_RULES } from '../contracts';
import { DomainError } from '../shared/errors';
import { templateToProgrammeCopies } from './copies';
import { projectTemplate, type TemplateRow } from './projections/template';

const templateId = '0190a000-0000-7000-8000-000000000201';
const data = {
  templateId,
  name: 'County',
  description: '',
  taxonomy: [
    { key: 'cm', parentKey: null, name: 'Contract management', contractManagement: true },
    { key: 'kpi', parentKey: 'cm', name: 'KPI monitoring', contractManagement: true },
    { key: 'other', parentKey: null, name: 'Other work', contractManagement: false },
  ],
  tierRules: DEFAULT_TIER_RULES,
  capacityAssumptions: DEFAULT_CAPACITY_ASSUMPTIONS,
};
const newIds = (key: string) => `id-${key}`;

describe('templateToProgrammeCopies', () => {
  it('gives the three programme payloads, with fresh activity ids and the template recorded', () => {
    expect(templateToProgrammeCopies(data, newIds)).toEqual({
      taxonomy: {
        activities: [
          { activityId: 'id-cm', parentId: null, name: 'Contract management', contractManagement: true },
          { activityId: 'id-kpi', parentId: 'id-cm', name: 'KPI monitoring', contractManagement: true },
          { activityId: 'id-other', parentId: null, name: 'Other work', contractManagement: false },
        ],
        fromTemplateId: templateId,
      },
      tierRules: { rules: DEFAULT_TIER_RULES, fromTemplateId: templateId },
      capacityAssumptions: { ...DEFAULT_CAPACITY_ASSUMPTIONS, fromTemplateId: templateId },
    });
  });

  it('gives a taxonomy the programme side accepts', () => {
    expect(() => validateTaxonomy(templateToProgrammeCopies(data, newIds).taxonomy.activities)).not.toThrow();
  });

  it('copies, so that editing the copy does not change the template', () => {
    const copies = templateToProgrammeCopies(data, newIds);
    copies.tierRules.rules.bands[0].minAnnualValuePence = 1;
    copies.capacityAssumptions.hoursPerContractByTier.Gold = 1;
    expect(copies.tierRules.rules).not.toBe(data.tierRules);
    expect(data.tierRules.bands[0].minAnnualValuePence).toBe(100_000_000);
    expect(data.capacityAssumptions.hoursPerContractByTier.Gold).toBe(520);
  });

  it('refuses a retired template: TEMPLATE_RETIRED', () => {
    expect(() => templateToProgrammeCopies({ ...data, status: 'retired' }, newIds)).toThrow(DomainError);
    expect(() => templateToProgrammeCopies({ ...data, status: 'retired' }, newIds)).toThrow('This template has been retired');
  });
});

describe('projectTemplate', () => {
  it('creates an active row and marks it retired', () => {
    const row = projectTemplate(null, { type: 'TemplateSaved', data });
    expect(row).toEqual<TemplateRow>({ ...data, status: 'active' });
    expect(projectTemplate(row, { type: 'TemplateRetired', data: { templateId } })).toEqual({ ...data, status: 'retired' });
    expect(projectTemplate(null, { type: 'TemplateRetired', data: { templateId } })).toBeNull();
  });
});
