// One bounded context as the rest of the domain sees it, registered in its own context.ts: the
// stored versions of its events, one audit sentence per event and the GraphQL kind of each error
// code. tools/registries puts every context.ts together (contexts.ts); nothing else lists them.
import type { Describer } from './describing';
import type { DomainErrorKind } from './errors';

type UpcasterVersions = Record<number, (data: unknown) => unknown>;

// An event of the context without a sentence, or a sentence for another context's event, fails to
// compile here.
export const defineContext = <U extends Record<string, UpcasterVersions>, K extends Record<string, DomainErrorKind>>(context: {
  upcasters: U;
  describers: NoInfer<Record<keyof U, Describer>>;
  errorKinds: K;
}) => context;
