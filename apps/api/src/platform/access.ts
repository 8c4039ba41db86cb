import { canSeeAuthority, requireId, type AuthoritySummary, type ProgrammeSummary } from '@orgledger/domain';
import { notFound } from './api-errors';
import type { AuthUser } from './app-context';
import type { ReadSide } from './read-side';
import { authorityModel, programmeModel } from './access-models';

// Read-side access: an unknown id, another tenant's id and an id this user may not see all answer
// the same NOT_FOUND, so nothing can be learned from the difference.
export const visibleAuthority = (read: Pick<ReadSide, 'readModels'>, user: AuthUser, id: string): AuthoritySummary & { revision: number } => {
  const authorityId = requireId('authorityId', id);
  const row = read.readModels.get(authorityModel, user.tenantId, authorityId);
  if (!row || !canSeeAuthority({ ...user, active: true }, authorityId)) {
    throw notFound('AUTHORITY_NOT_FOUND', `There is no authority with id ${authorityId}.`);
  }
  return row;
};

export const visibleProgramme = (read: Pick<ReadSide, 'readModels'>, user: AuthUser, id: string): ProgrammeSummary => {
  const programmeId = requireId('programmeId', id);
  const row = read.readModels.get(programmeModel, user.tenantId, programmeId);
  if (!row || !canSeeAuthority({ ...user, active: true }, row.authorityId)) {
    throw notFound('PROGRAMME_NOT_FOUND', `There is no programme with id ${programmeId}.`);
  }
  return row;
};

// The address most commands and reads of a programme take, once the user may see the programme.
export const programmeScope = (read: Pick<ReadSide, 'readModels'>, user: AuthUser, id: string) => {
  const p = visibleProgramme(read, user, id);
  return { programmeId: p.programmeId, authorityId: p.authorityId };
};
