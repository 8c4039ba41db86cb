// LGPS pensionable pay (Local Government Pension Scheme Regulations 2013, SI 2013/2356, reg. 20):
// all salary, wages, fees and other payments for the employment (reg. 20(1)), except what reg. 20(2)
// lists. So a market supplement, an honorarium or London weighting is pensionable and bears the
// employer's contribution; expenses, pay in lieu of notice and a car allowance do not.
const REG_20 = 'LGPS Regulations 2013 (SI 2013/2356) reg. 20: https://www.legislation.gov.uk/uksi/2013/2356/regulation/20';

export const ALLOWANCE_TYPES = [
  'market_supplement',
  'honorarium',
  'london_weighting',
  'acting_up',
  'shift_or_unsocial_hours',
  'standby_or_call_out',
  'expenses',
  'car_allowance',
  'payment_in_lieu_of_notice',
  'holiday_pay_in_lieu',
  'retention_payment',
] as const;
export type AllowanceType = (typeof ALLOWANCE_TYPES)[number];

export type AllowanceRule = { label: string; pensionable: boolean; source: string };

const paid = (label: string): AllowanceRule => ({ label, pensionable: true, source: `${REG_20} (1)(a): a payment for the employment` });
const excluded = (label: string, paragraph: string, what: string): AllowanceRule => ({
  label,
  pensionable: false,
  source: `${REG_20} (2)(${paragraph}): excludes ${what}`,
});

export const ALLOWANCE_RULES: Record<AllowanceType, AllowanceRule> = {
  market_supplement: paid('Market supplement'),
  honorarium: paid('Honorarium'),
  london_weighting: paid('London weighting'),
  acting_up: paid('Acting-up allowance'),
  shift_or_unsocial_hours: paid('Shift or unsocial hours allowance'),
  standby_or_call_out: paid('Standby or call-out allowance'),
  expenses: excluded('Expenses allowance', 'b', 'travelling, subsistence or other allowances paid in respect of expenses'),
  car_allowance: excluded('Car allowance', 'f', 'the money value of a motor vehicle or an amount paid in lieu of one'),
  payment_in_lieu_of_notice: excluded('Payment in lieu of notice', 'd', 'any payment in lieu of notice'),
  holiday_pay_in_lieu: excluded('Pay for holiday not taken', 'c', 'any payment in consideration of loss of holidays'),
  retention_payment: excluded('Retention payment', 'e', 'any payment as an inducement not to terminate employment before it is made'),
};

export const isPensionable = (type: AllowanceType): boolean => ALLOWANCE_RULES[type].pensionable;
