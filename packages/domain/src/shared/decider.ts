// A decider is three pure functions over one stream. Time, ids and the actor arrive in metadata.
export const ROLES = [
  'tenant_admin',
  'consultant',
  'auditor',
  'service_director',
  'hr_partner',
  'finance_partner',
  'da_member',
  'interim_service_manager',
] as const;
export type Role = (typeof ROLES)[number];

// Who created or invited an account: recorded with each of its decisions, and checked by approvals.
export type Sponsor = { userId: string; displayName: string };
export type Actor = { userId: string; role: Role; displayName: string; invitedBy?: Sponsor | null };

export type CommandMetadata = {
  tenantId: string;
  actor: Actor;
  now: string; // UTC ISO instant, from the edge
  commandId: string;
  reason?: string;
};

export type Command<T extends string = string, D = unknown> = { type: T; data: D; metadata: CommandMetadata };
export type DomainEvent<T extends string = string, D = unknown> = { type: T; data: D };

export type Decider<C extends Command, E extends DomainEvent, S> = {
  decide: (command: C, state: S) => E[];
  evolve: (state: S, event: E) => S;
  initialState: S;
};

export const fold = <E extends DomainEvent, S>(decider: { evolve: (s: S, e: E) => S; initialState: S }, events: E[]) =>
  events.reduce(decider.evolve, decider.initialState);
