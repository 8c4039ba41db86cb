import { isCivilDate, MAX_PENCE, type CivilDate, type Money } from '../shared/values';
import { CONTRACT_EXEMPTIONS, type ContractExemption, type ContractRisk } from './contract-fields';
import type { ProcurementRegime } from './procurement-regime';

// Readers for spreadsheet cells. Each returns the value, or null when the text cannot be read;
// the import turns null into a problem that says what was expected.

const MONEY = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

// "£1,200,000.00", "1200000", "1200000.5" → pence, by string arithmetic (no floating point).
export const penceFromText = (text: string): Money | null => {
  const match = MONEY.exec(text.trim());
  if (!match) return null;
  const pounds = match[1].replace(/,/g, '').replace(/^0+(?=\d)/, '');
  if (pounds.length > 11) return MAX_PENCE + 1; // far over the limit: let the range rule say so
  return Number(pounds) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
};

const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

// YYYY-MM-DD, or the UK day-first DD/MM/YYYY (never the US month-first reading).
export const civilDateFromText = (text: string): CivilDate | null => {
  const value = text.trim();
  if (isCivilDate(value)) return value;
  const uk = UK.exec(value);
  if (!uk) return null;
  const date = `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}`;
  return isCivilDate(date) ? date : null;
};

export const riskFromText = (text: string): ContractRisk | null => {
  const value = text.trim().toLowerCase();
  return value === 'low' || value === 'medium' || value === 'high' ? value : null;
};

// Yes/no; an empty cell means no.
export const yesNoFromText = (text: string): boolean | null => {
  const value = text.trim().toLowerCase();
  if (['yes', 'y', 'true'].includes(value)) return true;
  if (['no', 'n', 'false', ''].includes(value)) return false;
  return null;
};

// An empty cell means no KPIs have been set.
export const wholeNumberFromText = (text: string): number | null => {
  const value = text.trim();
  if (value === '') return 0;
  return /^\d{1,6}$/.test(value) ? Number(value) : null;
};

// "Light touch", "light-touch" and "LIGHT_TOUCH" all read as light_touch; empty or "none" as not exempt.
export const exemptionFromText = (text: string): ContractExemption | null | undefined => {
  const value = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (value === '' || value === 'none' || value === 'no') return null;
  return CONTRACT_EXEMPTIONS.includes(value as ContractExemption) ? (value as ContractExemption) : undefined;
};

export const sameLooseName = (a: string, b: string): boolean =>
  a.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en-GB') === b.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en-GB');

// "Procurement Act 2023", "PA 2023", "Act" → the Act; "PCR 2015", "PCR", "Public Contracts Regulations 2015" → PCR 2015.
export const regimeFromText = (text: string): ProcurementRegime | null | undefined => {
  const value = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  if (value === '' || value === 'not recorded') return null;
  if (['procurement act 2023', 'procurement act', 'pa 2023', 'pa23', 'act'].includes(value)) return 'procurement_act_2023';
  if (['pcr 2015', 'pcr', 'public contracts regulations 2015', 'pcr2015'].includes(value)) return 'pcr_2015';
  return undefined;
};
