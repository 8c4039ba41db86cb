import { deciderSpec, meta } from '../testing';
import type { DraftDefinition, RecordDefinitionAgreement } from './commands';
import { definitionDecider } from './definition-decider';
import type { DefinitionAgreed, DefinitionDrafted } from './events';

const spec = deciderSpec(definitionDecider);
const v1Text = 'Contract management is the management of contracts from award to exit, to secure the outcomes and value agreed.';
const v2Text = `${v1Text} It includes supplier relationship management for Gold contracts.`;

const draft = (text: string): DraftDefinition => ({ type: 'DraftDefinition', data: { text }, metadata: meta() });
const agree = (version: number, stakeholderName = 'Priya Shah', stakeholderRole = 'Procurement lead'): RecordDefinitionAgreement => ({
  type: 'RecordDefinitionAgreement',
  data: { version, stakeholderName, stakeholderRole },
  metadata: meta(),
});
const drafted = (version: number, text: string): DefinitionDrafted => ({ type: 'DefinitionDrafted', data: { version, text } });
const agreed = (version: number, stakeholderName = 'Priya Shah', stakeholderRole = 'Procurement lead'): DefinitionAgreed => ({
  type: 'DefinitionAgreed',
  data: { version, stakeholderName, stakeholderRole },
});

describe('when there is no draft', () => {
  it('drafts version 1, trimmed', () => {
    spec
      .given([])
      .when(draft(`  ${v1Text} `))
      .then([drafted(1, v1Text)]);
  });

  it('requires 1 to 10,000 characters of text', () => {
    spec.given([]).when(draft('  ')).thenThrows('TEXT_REQUIRED');
    spec
      .given([])
      .when(draft('d'.repeat(10_000)))
      .then([drafted(1, 'd'.repeat(10_000))]);
    spec
      .given([])
      .when(draft('d'.repeat(10_001)))
      .thenThrows('TEXT_TOO_LONG');
  });

  it('cannot record agreement: DEFINITION_NOT_FOUND', () => {
    spec.given([]).when(agree(1)).thenThrows('DEFINITION_NOT_FOUND', 'NOT_FOUND');
  });
});

describe('when version 1 is drafted', () => {
  it('drafts version 2 when the text changes', () => {
    spec
      .given([drafted(1, v1Text)])
      .when(draft(v2Text))
      .then([drafted(2, v2Text)]);
  });

  it('records nothing when the text is the same as the current version', () => {
    spec
      .given([drafted(1, v1Text)])
      .when(draft(` ${v1Text}`))
      .then([]);
  });

  it('records a stakeholder agreeing the current version, trimmed', () => {
    spec
      .given([drafted(1, v1Text)])
      .when(agree(1, ' Priya Shah ', ' Procurement lead '))
      .then([agreed(1)]);
  });

  it('records several stakeholders with their roles', () => {
    spec
      .given([drafted(1, v1Text), agreed(1)])
      .when(agree(1, 'Tom Reed', 'Subject-matter expert'))
      .then([agreed(1, 'Tom Reed', 'Subject-matter expert')]);
  });

  it('refuses the same stakeholder twice for a version, ignoring case and spacing: ALREADY_AGREED', () => {
    spec
      .given([drafted(1, v1Text), agreed(1)])
      .when(agree(1, 'priya  SHAH'))
      .thenThrows('ALREADY_AGREED', 'CONFLICT');
  });

  it('refuses a version that was never drafted', () => {
    spec
      .given([drafted(1, v1Text)])
      .when(agree(2))
      .thenThrows('INVALID_DEFINITION_VERSION');
    spec
      .given([drafted(1, v1Text)])
      .when(agree(0))
      .thenThrows('INVALID_DEFINITION_VERSION');
    spec
      .given([drafted(1, v1Text)])
      .when(agree(1.5))
      .thenThrows('INVALID_DEFINITION_VERSION');
  });

  it('validates the stakeholder name and role (120 characters each)', () => {
    spec
      .given([drafted(1, v1Text)])
      .when(agree(1, ' '))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([drafted(1, v1Text)])
      .when(agree(1, 'n'.repeat(121)))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([drafted(1, v1Text)])
      .when(agree(1, 'Priya Shah', ''))
      .thenThrows('TEXT_REQUIRED');
    spec
      .given([drafted(1, v1Text)])
      .when(agree(1, 'Priya Shah', 'r'.repeat(121)))
      .thenThrows('TEXT_TOO_LONG');
    spec
      .given([drafted(1, v1Text)])
      .when(agree(1, 'n'.repeat(120), 'r'.repeat(120)))
      .then([agreed(1, 'n'.repeat(120), 'r'.repeat(120))]);
  });
});

describe('when version 2 has replaced version 1', () => {
  const history = [drafted(1, v1Text), agreed(1), drafted(2, v2Text)];

  it('refuses agreement to version 1: DEFINITION_SUPERSEDED, naming the current version', () => {
    const error = spec.given(history).when(agree(1, 'Tom Reed')).thenThrows('DEFINITION_SUPERSEDED', 'CONFLICT');
    expect(error.message).toBe('Version 1 has been replaced by version 2: stakeholders can only agree the current version.');
  });

  it('lets a stakeholder who agreed version 1 agree version 2', () => {
    spec
      .given(history)
      .when(agree(2))
      .then([agreed(2)]);
  });

  it('drafts version 3 even when the text goes back to version 1', () => {
    spec
      .given(history)
      .when(draft(v1Text))
      .then([drafted(3, v1Text)]);
  });
});
