import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../components/button';
import { CheckboxField } from '../../components/checkbox-field';
import { PageHeading } from '../../components/page-heading';
import { Loading, Problem } from '../../components/query-status';
import { newCommandId } from '../../lib/command-id';
import { activityTaxonomyOptions } from './api/analysis.queries';
import { useProgramme, type ProgrammeContext } from './api/use-programme';
import { activityTree } from './components/activity-tree';
import { NameForm, TaxonomyTree, type TaxonomyAction } from './components/taxonomy-tree';
import { ProgrammeNotFound } from './programme-not-found';
import { ProgrammeLoader } from '../tasks';
import { useCommand } from '../../lib/use-command';
import {
  AddActivityDocument,
  RenameActivityDocument,
  RetireActivityDocument,
  SeedActivityTaxonomyDocument,
  afterAnalysisChange,
} from './api/activity-analysis.commands';
import { ErrorNotice } from '../../components/notice';
import { Breadcrumbs } from '../../components/breadcrumbs';

export function TaxonomyPage() {
  return <ProgrammeLoader page={Taxonomy} useProgramme={useProgramme} notFound={<ProgrammeNotFound />} />;
}

function Taxonomy({ context: { programme, authority } }: { context: ProgrammeContext }) {
  const taxonomy = useQuery(activityTaxonomyOptions(programme.id));
  const addActivity = useCommand(AddActivityDocument, afterAnalysisChange);
  const renameActivity = useCommand(RenameActivityDocument, afterAnalysisChange);
  const retireActivity = useCommand(RetireActivityDocument, afterAnalysisChange);
  const seed = useCommand(SeedActivityTaxonomyDocument, afterAnalysisChange);
  const [done, setDone] = useState<string | null>(null);
  const [topLevelCm, setTopLevelCm] = useState(false);
  const programmeId = programme.id;
  const nameOf = (id: string) => taxonomy.data?.find((a) => a.id === id)?.name ?? 'The activity';

  async function act(action: TaxonomyAction) {
    setDone(null);
    const commandId = newCommandId();
    if (action.kind === 'add') {
      await addActivity.mutateAsync({ programmeId, commandId, parentId: action.parentId, name: action.name, contractManagement: action.contractManagement });
      setDone(`Added “${action.name}”.`);
    } else if (action.kind === 'rename') {
      const before = nameOf(action.activityId);
      await renameActivity.mutateAsync({ programmeId, commandId, activityId: action.activityId, name: action.name });
      setDone(`Renamed “${before}” to “${action.name}”.`);
    } else {
      const name = nameOf(action.activityId);
      await retireActivity.mutateAsync({ programmeId, commandId, activityId: action.activityId, reason: action.reason || null });
      setDone(`Retired “${name}”.`);
    }
  }

  return (
    <>
      <Breadcrumbs
        trail={[
          { to: '/analysis', label: 'Activity analysis' },
          { to: `/analysis/${programmeId}`, label: programme.name },
        ]}
        current="Activity taxonomy"
      />
      <PageHeading title={`Activity taxonomy – ${programme.name}`} caption={`${programme.name}, ${authority.name}`}>
        Activity taxonomy
      </PageHeading>
      <p className="lead">
        The activities services book their posts' time to. An activity counts as contract management when it, or an activity above it, is marked so.
      </p>
      <p role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>
        {done ?? ''}
      </p>
      {taxonomy.isPending ? (
        <Loading what="activities" />
      ) : taxonomy.isError ? (
        <Problem error={taxonomy.error} />
      ) : taxonomy.data.length === 0 ? (
        <>
          <p>This programme has no activity taxonomy yet.</p>
          <Button
            onPress={() => {
              if (!seed.isPending) seed.mutate({ programmeId, commandId: newCommandId() });
            }}
          >
            Start from the standard contract-management taxonomy
          </Button>
          {seed.isError && <ErrorNotice>{seed.error.message}</ErrorNotice>}
        </>
      ) : (
        <>
          <TaxonomyTree nodes={activityTree(taxonomy.data)} onAction={act} />
          <section aria-labelledby="add-top-heading">
            <h2 id="add-top-heading">Add a top-level activity</h2>
            <NameForm
              label="Name of the new top-level activity"
              submitLabel="Add top-level activity"
              onSubmit={(name) => act({ kind: 'add', parentId: null, name, contractManagement: topLevelCm })}
            >
              <CheckboxField label="It counts as contract management" isSelected={topLevelCm} onChange={setTopLevelCm} />
            </NameForm>
          </section>
        </>
      )}
    </>
  );
}
