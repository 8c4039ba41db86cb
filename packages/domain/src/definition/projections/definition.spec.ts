import { projectDefinition, type DefinitionRow } from './definition';

const replay = (events: Parameters<typeof projectDefinition>[1][]) => events.reduce<DefinitionRow | null>((row, event) => projectDefinition(row, event), null);

describe('projectDefinition', () => {
  it('keeps every version and the agreements to the current one', () => {
    expect(
      replay([
        { type: 'DefinitionDrafted', data: { version: 1, text: 'First' } },
        { type: 'DefinitionAgreed', data: { version: 1, stakeholderName: 'Priya Shah', stakeholderRole: 'Procurement lead' } },
        { type: 'DefinitionDrafted', data: { version: 2, text: 'Second' } },
        { type: 'DefinitionAgreed', data: { version: 2, stakeholderName: 'Tom Reed', stakeholderRole: 'Subject-matter expert' } },
      ]),
    ).toEqual({
      versions: [
        { version: 1, text: 'First' },
        { version: 2, text: 'Second' },
      ],
      current: { version: 2, text: 'Second', agreements: [{ stakeholderName: 'Tom Reed', stakeholderRole: 'Subject-matter expert' }] },
    });
  });

  it('ignores an agreement to a version that is not current', () => {
    const row = replay([{ type: 'DefinitionDrafted', data: { version: 1, text: 'First' } }]);
    expect(projectDefinition(row, { type: 'DefinitionAgreed', data: { version: 3, stakeholderName: 'X', stakeholderRole: 'Y' } })).toBe(row);
    expect(projectDefinition(null, { type: 'DefinitionAgreed', data: { version: 1, stakeholderName: 'X', stakeholderRole: 'Y' } })).toBeNull();
  });
});
