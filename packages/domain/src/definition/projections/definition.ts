import type { DefinitionEvent } from '../events';

export type DefinitionAgreement = { stakeholderName: string; stakeholderRole: string };
export type DefinitionRow = {
  versions: { version: number; text: string }[];
  current: { version: number; text: string; agreements: DefinitionAgreement[] } | null;
};

// One row per programme's definition stream; every version is kept so auditors can see what changed.
export const projectDefinition = (row: DefinitionRow | null, event: DefinitionEvent): DefinitionRow | null => {
  switch (event.type) {
    case 'DefinitionDrafted': {
      const { version, text } = event.data;
      return { versions: [...(row?.versions ?? []), { version, text }], current: { version, text, agreements: [] } };
    }
    case 'DefinitionAgreed': {
      if (!row?.current || row.current.version !== event.data.version) return row;
      const { stakeholderName, stakeholderRole } = event.data;
      return { ...row, current: { ...row.current, agreements: [...row.current.agreements, { stakeholderName, stakeholderRole }] } };
    }
    default:
      return row;
  }
};
