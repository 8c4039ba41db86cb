import { contexts } from './contexts';
import { domainErrorKinds } from './error-codes';
import { sharedErrorKinds } from './shared/errors';

// Each context registers its codes with their kinds (errors.ts); the merged map keeps the last one,
// so a code two registrations give different kinds would answer with whichever came last.
describe('the domain error codes', () => {
  it('give a code the same kind in every context that throws it', () => {
    const merged = new Map<string, string>(Object.entries(domainErrorKinds));
    const registrations = [['shared', sharedErrorKinds], ...Object.entries(contexts).map(([name, c]) => [name, c.errorKinds] as const)] as const;
    const disagreements = registrations.flatMap(([name, kinds]) =>
      Object.entries(kinds)
        .filter(([code, kind]) => merged.get(code) !== kind)
        .map(([code, kind]) => `${name}: ${code} is ${kind}`),
    );
    expect(disagreements).toEqual([]);
  });

  it('are SCREAMING_SNAKE', () => {
    for (const code of Object.keys(domainErrorKinds)) expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });
});
