import type { Decider } from '../shared/decider';
import { forbidden } from './errors';
import type { GradeStructureCommand, SetGradeStructure } from './commands';
import type { GradeStructureEvent } from './events';
import { sameGradeBands, validateGradeStructure, type GradeStructure } from './grade-structure';

// Every version, ordered by effective date. Setting a date that already has a version corrects it.
export type GradeStructureState = { structures: GradeStructure[] };
export const initialGradeStructureState: GradeStructureState = { structures: [] };

export const evolveGradeStructure = (state: GradeStructureState, event: GradeStructureEvent): GradeStructureState => {
  switch (event.type) {
    case 'GradeStructureSet': {
      const others = state.structures.filter((s) => s.effectiveFrom !== event.data.effectiveFrom);
      const structures = [...others, { effectiveFrom: event.data.effectiveFrom, grades: event.data.grades }];
      return { structures: structures.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1)) };
    }
    default:
      return state;
  }
};

const setStructure = ({ data, metadata }: SetGradeStructure, state: GradeStructureState): GradeStructureEvent[] => {
  const { role } = metadata.actor;
  const ownHr = role === 'hr_partner' && typeof data.actorAuthorityId === 'string' && data.actorAuthorityId === data.authorityId;
  if (role !== 'consultant' && role !== 'tenant_admin' && !ownHr) {
    throw forbidden('GRADE_STRUCTURE_NOT_ALLOWED', "Only consultants, tenant admins and the council's own HR partner can set its grade structure.", { role });
  }
  const structure = validateGradeStructure(data);
  const existing = state.structures.find((s) => s.effectiveFrom === structure.effectiveFrom);
  if (existing && sameGradeBands(existing.grades, structure.grades)) return [];
  return [{ type: 'GradeStructureSet', data: structure }];
};

export const decideGradeStructure = (command: GradeStructureCommand, state: GradeStructureState): GradeStructureEvent[] => {
  switch (command.type) {
    case 'SetGradeStructure':
      return setStructure(command, state);
    default: {
      const unknown: never = command.type;
      throw new Error(`Unknown grade structure command ${String(unknown)}`);
    }
  }
};

export const gradeStructureDecider: Decider<GradeStructureCommand, GradeStructureEvent, GradeStructureState> = {
  decide: decideGradeStructure,
  evolve: evolveGradeStructure,
  initialState: initialGradeStructureState,
};

// The state doubles as the read model: one row per authority.
export const projectGradeStructure = (row: GradeStructureState | null, event: GradeStructureEvent): GradeStructureState =>
  evolveGradeStructure(row ?? initialGradeStructureState, event);
