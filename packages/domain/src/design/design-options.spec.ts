import { deciderSpec, meta } from '../testing';
import type { ChooseDesignOption, DraftDesignOption, RenameDesignOption } from './commands';
import { functionDesignDecider } from './design-decider';
import { MAX_DESIGN_OPTIONS } from './design-post';
import { added, chosenEvent, drafted, head, lead, officer, optionA, optionB, threeLayers } from './spec-fixtures';

const spec = deciderSpec(functionDesignDecider);
const draft = (data: Partial<DraftDesignOption['data']> = {}): DraftDesignOption => ({
  type: 'DraftDesignOption',
  data: { optionId: optionB, name: 'Centralised team', description: ' All in one place ', copyFromOptionId: null, newIds: {}, ...data },
  metadata: meta(),
});
const rename = (data: Partial<RenameDesignOption['data']> = {}): RenameDesignOption => ({
  type: 'RenameDesignOption',
  data: { optionId: optionA, name: 'Hub and spoke', ...data },
  metadata: meta(),
});
const choose = (optionId = optionA, reason = 'Best value'): ChooseDesignOption => ({
  type: 'ChooseDesignOption',
  data: { optionId, reason },
  metadata: meta(),
});

describe('when drafting an option', () => {
  it('drafts an empty option, trimmed', () => {
    spec
      .given([])
      .when(draft())
      .then([
        {
          type: 'DesignOptionDrafted',
          data: { optionId: optionB, name: 'Centralised team', description: 'All in one place', copiedFromOptionId: null, posts: [] },
        },
      ]);
  });

  it('copies another option with the new ids, keeping its reporting lines', () => {
    const newIds = { head: 'b-head', lead: 'b-lead', officer: 'b-officer' };
    spec
      .given(threeLayers)
      .when(draft({ copyFromOptionId: optionA, newIds, description: '' }))
      .then([
        {
          type: 'DesignOptionDrafted',
          data: {
            optionId: optionB,
            name: 'Centralised team',
            description: '',
            copiedFromOptionId: optionA,
            posts: [
              { ...head, designPostId: 'b-head' },
              { ...lead, designPostId: 'b-lead', reportsTo: 'b-head' },
              { ...officer, designPostId: 'b-officer', reportsTo: 'b-lead' },
            ],
          },
        },
      ]);
  });

  it('needs a distinct new id for every copied post, unused in the design', () => {
    spec
      .given(threeLayers)
      .when(draft({ copyFromOptionId: optionA, newIds: { head: 'x', lead: 'y' } }))
      .thenThrows('COPY_IDS_INCOMPLETE');
    spec
      .given(threeLayers)
      .when(draft({ copyFromOptionId: optionA, newIds: { head: 'x', lead: 'x', officer: 'z' } }))
      .thenThrows('COPY_IDS_INCOMPLETE');
    spec
      .given(threeLayers)
      .when(draft({ copyFromOptionId: optionA, newIds: { head: 'x', lead: 'y', officer: 'lead' } }))
      .thenThrows('DESIGN_POST_ALREADY_EXISTS', 'CONFLICT');
  });

  it('refuses to copy an option that does not exist', () => {
    spec
      .given([])
      .when(draft({ copyFromOptionId: 'nope' }))
      .thenThrows('OPTION_NOT_FOUND', 'NOT_FOUND');
  });

  it('keeps option names unique whatever their case', () => {
    spec
      .given([drafted(optionA, 'Centralised Team')])
      .when(draft({ name: ' centralised team ' }))
      .thenThrows('OPTION_NAME_TAKEN');
  });

  it('refuses the same option id twice', () => {
    spec
      .given([drafted(optionB, 'Other')])
      .when(draft())
      .thenThrows('OPTION_ALREADY_EXISTS', 'CONFLICT');
  });

  it(`allows at most ${MAX_DESIGN_OPTIONS} options`, () => {
    const many = Array.from({ length: MAX_DESIGN_OPTIONS }, (_, i) => drafted(`o${i}`, `Option ${i}`));
    spec.given(many).when(draft()).thenThrows('TOO_MANY_OPTIONS');
  });

  it('validates the id, name (120) and description (2000)', () => {
    spec
      .given([])
      .when(draft({ optionId: '' }))
      .thenThrows('INVALID_ID');
    spec
      .given([])
      .when(draft({ name: ' ' }))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([])
      .when(draft({ name: 'n'.repeat(121) }))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([])
      .when(draft({ description: 'd'.repeat(2001) }))
      .thenThrows('TEXT_TOO_LONG');
  });
});

describe('when renaming an option', () => {
  it('renames it and keeps the description unless one is given', () => {
    spec
      .given([drafted()])
      .when(rename({ name: 'Hub & spoke' }))
      .then([{ type: 'DesignOptionRenamed', data: { optionId: optionA, name: 'Hub & spoke', description: '' } }]);
    spec
      .given([drafted()])
      .when(rename({ description: 'Spokes in services' }))
      .then([{ type: 'DesignOptionRenamed', data: { optionId: optionA, name: 'Hub and spoke', description: 'Spokes in services' } }]);
  });

  it('records nothing when nothing changes, and may change only the case of its own name', () => {
    spec.given([drafted()]).when(rename()).then([]);
    spec
      .given([drafted()])
      .when(rename({ name: 'HUB AND SPOKE' }))
      .then([{ type: 'DesignOptionRenamed', data: { optionId: optionA, name: 'HUB AND SPOKE', description: '' } }]);
  });

  it('refuses a name another option has, and an unknown option', () => {
    spec
      .given([drafted(), drafted(optionB, 'Centralised')])
      .when(rename({ name: 'centralised' }))
      .thenThrows('OPTION_NAME_TAKEN');
    spec.given([]).when(rename()).thenThrows('OPTION_NOT_FOUND', 'NOT_FOUND');
  });
});

describe('when choosing an option', () => {
  it('chooses an option with posts, with the reason', () => {
    spec.given(threeLayers).when(choose()).then([chosenEvent()]);
  });

  it('records the option it replaces', () => {
    const both = [...threeLayers, drafted(optionB, 'Centralised', [{ ...head, designPostId: 'b-head' }]), chosenEvent()];
    spec
      .given(both)
      .when(choose(optionB))
      .then([chosenEvent(optionB, optionA)]);
  });

  it('records nothing when the option is already chosen', () => {
    spec
      .given([...threeLayers, chosenEvent()])
      .when(choose())
      .then([]);
  });

  it('refuses an option with no posts', () => {
    spec.given([drafted()]).when(choose()).thenThrows('OPTION_EMPTY');
  });

  it('requires a reason of at most 2000 characters', () => {
    spec.given(threeLayers).when(choose(optionA, ' ')).thenThrows('TEXT_REQUIRED');
    spec
      .given(threeLayers)
      .when(choose(optionA, 'r'.repeat(2001)))
      .thenThrows('TEXT_TOO_LONG');
  });

  it('refuses an unknown option', () => {
    spec
      .given([drafted(), added(head)])
      .when(choose(optionB))
      .thenThrows('OPTION_NOT_FOUND', 'NOT_FOUND');
  });
});
