import * as domain from '../index';

// The names the API codes against, for the definition, contracts, benefits, capacity and templates folders.
describe('the public API of the contract-management slices', () => {
  it.each([
    'definitionDecider',
    'projectDefinition',
    'DEFINITION_STREAM_CATEGORY',
    'contractRegisterDecider',
    'parseContractRows',
    'DEFAULT_TIER_RULES',
    'tierOf',
    'validateTierRules',
    'PROCUREMENT_ACT_RULES',
    'procurementActDuties',
    'contractRowsFrom',
    'projectTierRules',
    'addMonths',
    'CONTRACT_REGISTER_STREAM_CATEGORY',
    'benefitsDecider',
    'benefitRowsFrom',
    'benefitTotals',
    'BENEFITS_STREAM_CATEGORY',
    'capacityDecider',
    'capacityModel',
    'DEFAULT_CAPACITY_ASSUMPTIONS',
    'projectCapacityAssumptions',
    'CAPACITY_STREAM_CATEGORY',
    'templateDecider',
    'templateToProgrammeCopies',
    'projectTemplate',
    'TEMPLATE_STREAM_CATEGORY',
  ])('exports %s', (name) => {
    expect(domain).toHaveProperty(name);
  });

  it('names stream categories in camelCase with no dash', () => {
    expect([
      domain.DEFINITION_STREAM_CATEGORY,
      domain.CONTRACT_REGISTER_STREAM_CATEGORY,
      domain.BENEFITS_STREAM_CATEGORY,
      domain.CAPACITY_STREAM_CATEGORY,
      domain.TEMPLATE_STREAM_CATEGORY,
    ]).toEqual(['cmDefinition', 'contractRegister', 'benefitsRegister', 'capacityModel', 'template']);
  });
});
