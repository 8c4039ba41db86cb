import { countLabel } from '../../../lib/format';
import type { Template } from '../api/templates.queries';

// "10 activities; tiers Gold, Silver, Bronze; Gold 520, Silver 156, Bronze 40 hours a contract; 1,650 productive hours per FTE"
export function templateContents(template: Pick<Template, 'taxonomy' | 'tierBands' | 'capacityAssumptions'>): string {
  const hours = template.capacityAssumptions.hoursPerContract.map((h) => `${h.tier} ${h.hours}`).join(', ');
  const productive = new Intl.NumberFormat('en-GB').format(template.capacityAssumptions.productiveHoursPerFte);
  return [
    countLabel(template.taxonomy.length, 'activity', 'activities'),
    `tiers ${template.tierBands.map((b) => b.tier).join(', ')}`,
    `${hours} hours a contract`,
    `${productive} productive hours per FTE`,
  ].join('; ');
}
