import { added, chosenEvent, drafted, head, lead, officer, optionA, optionB } from '../spec-fixtures';
import type { FunctionDesignEvent } from '../events';
import { projectFunctionDesign, type FunctionDesignRow } from './function-design';

const project = (events: FunctionDesignEvent[]) => events.reduce<FunctionDesignRow | null>(projectFunctionDesign, null);

describe('projectFunctionDesign', () => {
  it('starts from nothing and keeps the options in drafting order', () => {
    expect(project([drafted(), drafted(optionB, 'Lean')])).toEqual({
      options: [
        { optionId: optionA, name: 'Hub and spoke', description: '', posts: [] },
        { optionId: optionB, name: 'Lean', description: '', posts: [] },
      ],
      chosenOptionId: null,
      chosenReason: null,
      goLiveDate: null,
    });
  });

  it('follows posts being added, revised and removed, and the choice', () => {
    const row = project([
      drafted(),
      added(head),
      added(lead),
      added(officer),
      { type: 'DesignPostRevised', data: { optionId: optionA, post: { ...head, grade: 15 }, changed: ['grade'], refinesChosenOption: false } },
      {
        type: 'DesignPostRemoved',
        data: { optionId: optionA, designPostId: 'lead', reassignedReports: ['officer'], reportsNowTo: 'head', refinesChosenOption: false },
      },
      { type: 'DesignOptionRenamed', data: { optionId: optionA, name: 'Central hub', description: 'One team' } },
      chosenEvent(),
    ]);
    expect(row).toEqual({
      options: [
        {
          optionId: optionA,
          name: 'Central hub',
          description: 'One team',
          posts: [
            { ...head, grade: 15 },
            { ...officer, reportsTo: 'head' },
          ],
        },
      ],
      chosenOptionId: optionA,
      chosenReason: 'Best value',
      goLiveDate: null,
    });
  });

  it('leaves other options alone', () => {
    const row = project([drafted(), drafted(optionB, 'Lean'), added(head, optionB)]);
    expect(row?.options.map((o) => o.posts.length)).toEqual([0, 1]);
  });
});
