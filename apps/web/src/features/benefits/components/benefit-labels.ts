import type { BenefitStatus } from '../../../gql/graphql';

export const statusOrder: BenefitStatus[] = ['PLANNED', 'ON_TRACK', 'AT_RISK', 'ACHIEVED', 'NOT_ACHIEVED'];

export const statusLabels: Record<BenefitStatus, string> = {
  PLANNED: 'Planned',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  ACHIEVED: 'Achieved',
  NOT_ACHIEVED: 'Not achieved',
};

// Colour repeats the words, never replaces them.
export const statusTagClass: Record<BenefitStatus, string> = {
  PLANNED: 'stage-tag',
  ON_TRACK: 'stage-tag stage-tag--blue',
  AT_RISK: 'stage-tag stage-tag--amber',
  ACHIEVED: 'stage-tag stage-tag--green',
  NOT_ACHIEVED: 'stage-tag stage-tag--red',
};

export const statusOptions = statusOrder.map((s) => ({ id: s, label: statusLabels[s] }));
