import './definition.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Problem } from '../../components/query-status';
import { newCommandId } from '../../lib/command-id';
import { useCanEdit } from '../../lib/can-edit';
import { StageHeader, type StageContext, StagePage } from '../contracts';
import { definitionOptions, type Definition } from './api/definition.queries';
import { AgreementForm } from './components/agreement-form';
import { AgreementsTable } from './components/agreements-table';
import { DraftForm } from './components/draft-form';
import { VersionHistory } from './components/version-history';
import { useCommand } from '../../lib/use-command';
import { DraftContractManagementDefinitionDocument, showsDefinition } from './api/definition.commands';
import { SuccessNotice } from '../../components/notice';

export function DefinitionPage() {
  return <StagePage backTo="/definition" backLabel="Go to the definitions of all programmes" page={DefinitionOfProgramme} />;
}

function DefinitionOfProgramme({ context }: { context: StageContext }) {
  const definition = useQuery(definitionOptions(context.programme.id));
  return (
    <>
      <StageHeader context={context} index={{ to: '/definition', label: 'Definition' }} current="Definition" title="Definition of contract management">
        Definition of contract management
      </StageHeader>
      {definition.isPending ? (
        <Loading what="definition" />
      ) : definition.isError ? (
        <Problem error={definition.error} />
      ) : (
        <DefinitionSections definition={definition.data} />
      )}
    </>
  );
}

function DefinitionSections({ definition }: { definition: Definition }) {
  const canEdit = useCanEdit();
  const [flash, setFlash] = useState<string | null>(null);
  const draft = useCommand(DraftContractManagementDefinitionDocument, showsDefinition);
  // One id per draft: a repeat after a lost answer drafts once; the next draft gets a new one.
  const [draftCommandId, setDraftCommandId] = useState(newCommandId);
  const { version, text, agreements } = definition;
  return (
    <>
      <SuccessNotice message={flash} />
      <section aria-labelledby="current-heading">
        <h2 id="current-heading">{version ? `Current definition (version ${version})` : 'Current definition'}</h2>
        {version && text ? (
          <>
            <p className="stage-text">{text}</p>
            <AgreementsTable caption={`Who agreed version ${version}`} agreements={agreements} emptyMessage={`Nobody has agreed version ${version} yet.`} />
          </>
        ) : (
          <p className="empty-state">No definition has been drafted yet.{canEdit ? ' Draft the first version below.' : ''}</p>
        )}
      </section>

      {canEdit && version && (
        <section aria-labelledby="agree-heading" className="section">
          <h2 id="agree-heading">Record an agreement</h2>
          <p>Record each stakeholder who agrees version {version}, such as the procurement lead and subject-matter experts.</p>
          <AgreementForm
            key={version}
            definition={definition}
            version={version}
            onRecorded={(name) => setFlash(`${name}’s agreement to version ${version} was recorded.`)}
          />
        </section>
      )}

      {canEdit && (
        <section aria-labelledby="draft-heading" className="section">
          <h2 id="draft-heading">{version ? 'Draft a new version' : 'Draft the definition'}</h2>
          <DraftForm
            key={version ?? 0}
            definition={definition}
            isPending={draft.isPending}
            failure={draft.error?.message}
            onSubmit={(words, reason) =>
              draft.mutate(
                { programmeId: definition.programmeId, text: words, reason, commandId: draftCommandId },
                {
                  onSuccess: (saved) => {
                    setDraftCommandId(newCommandId());
                    setFlash(`Version ${saved.version} was saved.${saved.version && saved.version > 1 ? ' It needs agreeing again.' : ''}`);
                  },
                },
              )
            }
          />
        </section>
      )}

      <section aria-labelledby="history-heading" className="section">
        <h2 id="history-heading">Version history</h2>
        <VersionHistory definition={definition} />
      </section>
    </>
  );
}
