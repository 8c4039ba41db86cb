// Given/when/then for deciders, after emmett's DeciderSpecification. Uses jest's global `expect`,
// so it is exported from `src/testing.ts` and never from the main index.
import { type Command, type CommandMetadata, type DomainEvent, fold } from '../decider';
import { DomainError, type DomainErrorKind } from '../errors';

type AnyDecider<C, E, S> = {
  decide: (command: C, state: S) => E[];
  evolve: (state: S, event: E) => S;
  initialState: S;
};

export type DeciderThen<E> = {
  then: (expected: E[]) => void;
  thenThrows: (code: string, kind?: DomainErrorKind) => DomainError;
};

export const deciderSpec = <C extends Command, E extends DomainEvent, S>(decider: AnyDecider<C, E, S>) => ({
  given: (events: E[]) => ({
    when: (command: C): DeciderThen<E> => {
      const run = () => decider.decide(command, fold(decider, events));
      return {
        then: (expected) => {
          expect(run()).toEqual(expected);
        },
        thenThrows: (code, kind) => {
          let produced: E[];
          try {
            produced = run();
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            expect({ code: error.code, ...(kind ? { kind: error.kind } : {}) }).toEqual({ code, ...(kind ? { kind } : {}) });
            expect(error.message.length).toBeGreaterThan(0);
            return error;
          }
          throw new Error(`Expected DomainError ${code}, but the decider returned ${JSON.stringify(produced)}`);
        },
      };
    },
  }),
});

export const testTenantId = '0190a000-0000-7000-8000-000000000001';
export const testActorId = '0190a000-0000-7000-8000-0000000000a1';

type MetaOverrides = Partial<Omit<CommandMetadata, 'actor'>> & { actor?: Partial<CommandMetadata['actor']> };

export const meta = (overrides: MetaOverrides = {}): CommandMetadata => {
  const { actor, ...rest } = overrides;
  return {
    tenantId: testTenantId,
    now: '2025-04-01T09:30:00.000Z',
    commandId: '0190a000-0000-7000-8000-0000000000c1',
    ...rest,
    actor: { userId: testActorId, role: 'consultant', displayName: 'Casey Consultant', ...actor },
  };
};
