import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentSchemaVersion, upcast } from '../upcasters';
import { deciderSpec, meta } from '../testing';
import type { AddDesignPost, ReviseDesignPost } from './commands';
import { context } from './context';
import { functionDesignDecider } from './design-decider';
import type { DesignPostInput } from './design-post';
import { added, drafted, head, optionA, post } from './spec-fixtures';

// What the full cost of a post turns on beyond its grade: apprenticeship and the holder's age band
// (employer NI reliefs) and allowances by type (LGPS pensionable pay). Written in version 2 events.
const spec = deciderSpec(functionDesignDecider);
const add = (p: DesignPostInput): AddDesignPost => ({ type: 'AddDesignPost', data: { optionId: optionA, post: p }, metadata: meta() });
const revise = (p: DesignPostInput): ReviseDesignPost => ({ type: 'ReviseDesignPost', data: { optionId: optionA, post: p }, metadata: meta() });
const apprentice = post('apprentice', { title: 'Contract Management Apprentice', grade: 3, apprenticeship: true, holderAgeBand: 'aged_21_to_24' });

describe('when a post records apprenticeship, age band and allowances', () => {
  it('given an apprenticeship with the holder aged 21 to 24, when added, then the event carries both', () => {
    spec
      .given([drafted()])
      .when(add(apprentice))
      .then([added(apprentice)]);
  });

  it('given a post typed without them, when added, then it is not an apprenticeship, age unknown, no allowances', () => {
    const { apprenticeship: _a, holderAgeBand: _b, allowances: _c, ...typed } = head;
    spec
      .given([drafted()])
      .when(add(typed))
      .then([added({ ...head, apprenticeship: false, holderAgeBand: null, allowances: [] })]);
  });

  it('given a market supplement and an expense allowance, when revised, then only the changed fields are named', () => {
    const withAllowances = {
      ...head,
      allowances: [
        { type: 'market_supplement' as const, pencePerYear: 300_000 },
        { type: 'expenses' as const, pencePerYear: 60_000 },
      ],
    };
    spec
      .given([drafted(), added(head)])
      .when(revise(withAllowances))
      .then([{ type: 'DesignPostRevised', data: { optionId: optionA, post: withAllowances, changed: ['allowances'], refinesChosenOption: false } }]);
    spec
      .given([drafted(), added(apprentice)])
      .when(revise({ ...apprentice, holderAgeBand: 'aged_25_or_over' }))
      .then([
        {
          type: 'DesignPostRevised',
          data: { optionId: optionA, post: { ...apprentice, holderAgeBand: 'aged_25_or_over' }, changed: ['holderAgeBand'], refinesChosenOption: false },
        },
      ]);
  });

  it('refuses a band it does not know, a type it does not know or twice, and pence that are not whole and positive', () => {
    const given = spec.given([drafted()]);
    given.when(add({ ...head, apprenticeship: 'yes' as never })).thenThrows('INVALID_APPRENTICESHIP', 'BAD_USER_INPUT');
    given.when(add({ ...head, holderAgeBand: '24' as never })).thenThrows('INVALID_AGE_BAND', 'BAD_USER_INPUT');
    given.when(add({ ...head, allowances: [{ type: 'bonus' as never, pencePerYear: 100 }] })).thenThrows('INVALID_ALLOWANCES', 'BAD_USER_INPUT');
    const twice = { type: 'honorarium' as const, pencePerYear: 100 };
    given.when(add({ ...head, allowances: [twice, twice] })).thenThrows('INVALID_ALLOWANCES', 'BAD_USER_INPUT');
    given.when(add({ ...head, allowances: [{ type: 'honorarium', pencePerYear: 0 }] })).thenThrows('INVALID_MONEY', 'BAD_USER_INPUT');
    given.when(add({ ...head, allowances: 'none' as never })).thenThrows('INVALID_ALLOWANCES', 'BAD_USER_INPUT');
  });
});

describe('the decision history', () => {
  it('says when an added post is an apprenticeship', () => {
    const event = { ...added(apprentice), metadata: { actor: { userId: 'u', role: 'consultant', displayName: 'Priya Shah' } } };
    const lexicon = { names: new Map(), deals: new Map(), jdPosts: new Map() };
    expect(context.describers.DesignPostAdded(event as never, lexicon as never)).toContain(', an apprenticeship) to');
  });
});

describe('stored design posts of version 1', () => {
  const fixture = (file: string) => JSON.parse(readFileSync(join(__dirname, '__fixtures__', 'events', file), 'utf8'));

  it('given a version 1 post, when read, then it is not an apprenticeship, the age band is unknown and it has no allowances', () => {
    const stored = fixture('DesignPostAdded.v1.json');
    expect(upcast(stored).data).toEqual({ ...stored.data, post: { ...stored.data.post, apprenticeship: false, holderAgeBand: null, allowances: [] } });
    const revised = fixture('DesignPostRevised.v1.json');
    expect(upcast(revised).data).toMatchObject({ post: { apprenticeship: false, holderAgeBand: null, allowances: [] } });
  });

  it('writes the events that carry posts in version 2, and the others still in version 1', () => {
    expect(['DesignOptionDrafted', 'DesignPostAdded', 'DesignPostRevised', 'DesignOptionRenamed'].map(currentSchemaVersion)).toEqual([2, 2, 2, 1]);
    expect(currentSchemaVersion('NotADomainEvent')).toBe(1);
  });

  it('given a version 2 post, when read, then it is as stored', () => {
    const stored = fixture('DesignPostAdded.v2.json');
    expect(stored.metadata.schemaVersion).toBe(2);
    expect(upcast(stored).data).toEqual(stored.data);
    const drafted2 = fixture('DesignOptionDrafted.v2.json');
    expect((upcast(drafted2).data as { posts: { allowances: unknown }[] }).posts[0].allowances).toEqual([{ type: 'market_supplement', pencePerYear: 300_000 }]);
  });
});
