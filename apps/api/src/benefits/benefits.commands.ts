import {
  BENEFITS_STREAM_CATEGORY,
  benefitsDecider,
  requireId,
  type BenefitFields,
  type BenefitStatus,
  type CommandMetadata,
  type BenefitsCommand,
} from '@orgledger/domain';
import { notFound } from '../platform/api-errors';
import { streamName } from '@orgledger/event-store';
import { derivedUuid } from '../platform/ids';
import { loadState } from '../platform/load-state';
import type { Deps } from '../platform/app-context';
import { commandHandler } from '../platform/command-handler';

export const benefitsStream = (tenantId: string, programmeId: string) => streamName(BENEFITS_STREAM_CATEGORY, tenantId, programmeId);

export type ProgrammeScope = { programmeId: string; authorityId: string };

export class BenefitsHandler extends commandHandler(benefitsDecider, (command: BenefitsCommand, at: ProgrammeScope) =>
  benefitsStream(command.metadata.tenantId, at.programmeId),
) {}

export const recordBenefit = async (deps: Deps, meta: CommandMetadata, scope: ProgrammeScope, benefit: Omit<BenefitFields, 'benefitId'>) => {
  const benefitId = derivedUuid(meta.commandId, 'benefit');
  await deps.send(BenefitsHandler, { type: 'RecordBenefit', data: { benefit: { ...benefit, benefitId } }, metadata: meta }, scope);
  return benefitId;
};

// An edit keeps the status as it stands: status moves only through changeBenefitStatus, with a note.
export const updateBenefit = async (deps: Deps, meta: CommandMetadata, scope: ProgrammeScope, benefit: Omit<BenefitFields, 'status'>) => {
  const benefitId = requireId('benefitId', benefit.benefitId);
  const stream = benefitsStream(meta.tenantId, scope.programmeId);
  const current = (await loadState(deps.store, stream, benefitsDecider)).benefits[benefitId];
  if (!current) throw notFound('BENEFIT_NOT_FOUND', `There is no benefit with id ${benefitId}.`);
  await deps.send(BenefitsHandler, { type: 'UpdateBenefit', data: { benefit: { ...benefit, status: current.status } }, metadata: meta }, scope);
  return benefitId;
};

export const changeBenefitStatus = async (
  deps: Deps,
  meta: CommandMetadata,
  scope: ProgrammeScope,
  input: { benefitId: string; status: BenefitStatus; note?: string | null },
) => {
  const benefitId = requireId('benefitId', input.benefitId);
  await deps.send(BenefitsHandler, { type: 'ChangeBenefitStatus', data: { benefitId, status: input.status, note: input.note ?? '' }, metadata: meta }, scope);
  return benefitId;
};
