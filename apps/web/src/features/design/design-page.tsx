import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Problem } from '../../components/query-status';
import { useSession } from '../../lib/session';
import { type ProgrammeContext, ProgrammeHeader, ProgrammePage } from '../tasks';
import { designComparisonOptions, functionDesignOptions } from './api/design.queries';
import { ChooseOption } from './components/choose-option';
import { GoLiveDate } from './components/go-live-date';
import { CompareOptions } from './components/compare-options';
import { DraftOptionForm } from './components/draft-option-form';
import './design.css';
import { SuccessNotice } from '../../components/notice';

export function DesignPage() {
  return <ProgrammePage backTo="/design" backLabel="Go to the function design of all programmes" page={Design} />;
}

function Design({ context }: { context: ProgrammeContext }) {
  const { programme } = context;
  const session = useSession();
  const canChange = session?.me.role === 'CONSULTANT' || session?.me.role === 'TENANT_ADMIN';
  const design = useQuery(functionDesignOptions(programme.id));
  const comparison = useQuery(designComparisonOptions(programme.id));
  const [choosing, setChoosing] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const reload = () => Promise.all([design.refetch(), comparison.refetch()]);

  const header = (
    <ProgrammeHeader context={context} index={{ to: '/design', label: 'Function design' }} current={programme.name} title="Function design">
      Function design
    </ProgrammeHeader>
  );
  if (design.isPending || comparison.isPending)
    return (
      <>
        {header}
        <Loading what="design options" />
      </>
    );
  if (design.isError || comparison.isError)
    return (
      <>
        {header}
        <Problem error={(design.error ?? comparison.error)!} />
      </>
    );

  const chosen = design.data.options.find((o) => o.id === design.data.chosenOptionId);
  const option = comparison.data.find((c) => c.optionId === choosing);
  return (
    <>
      {header}
      <SuccessNotice message={flash} />
      {chosen ? (
        <div className="notice">
          <h2 className="notice__title">Chosen option: {chosen.name}</h2>
          {design.data.chosenReason && <p>Reason: {design.data.chosenReason}</p>}
        </div>
      ) : (
        <p className="lead">No option has been chosen yet. Compare the options, then choose the one to take forward.</p>
      )}

      <GoLiveDate programmeId={programme.id} goLiveDate={design.data.goLiveDate} canChange={canChange} onSaved={setFlash} />

      <section aria-labelledby="compare-heading" className="section">
        <h2 id="compare-heading">Options compared</h2>
        <CompareOptions
          programmeId={programme.id}
          comparison={comparison.data}
          options={design.data.options}
          choosing={choosing}
          onChoose={
            canChange
              ? (id) => {
                  setFlash(null);
                  setChoosing(choosing === id ? null : id);
                }
              : undefined
          }
        />
        {option && (
          <ChooseOption
            key={option.optionId}
            programmeId={programme.id}
            option={option}
            current={comparison.data.find((c) => c.chosen)}
            revision={design.data.revision}
            onCancel={() => setChoosing(null)}
            onChosen={(name) => {
              setChoosing(null);
              setFlash(`${name} is now the chosen option.`);
            }}
            onReload={reload}
          />
        )}
      </section>

      {canChange && (
        <section aria-labelledby="draft-heading" className="section">
          <h2 id="draft-heading">Draft another option</h2>
          <DraftOptionForm programmeId={programme.id} options={design.data.options} revision={design.data.revision} onReload={reload} />
        </section>
      )}
    </>
  );
}
