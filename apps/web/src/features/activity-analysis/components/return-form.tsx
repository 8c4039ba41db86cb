import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary, type FieldProblem } from '../../../components/error-summary';
import { EmptyState, Loading, Problem } from '../../../components/query-status';
import { TextAreaField } from '../../../components/text-area-field';
import type { ActivityReturnFormQuery } from '../../../gql/graphql';
import { newCommandId } from '../../../lib/command-id';
import { countLabel } from '../../../lib/format';
import { activityReturnFormOptions } from '../api/analysis.queries';
import { activeActivitiesInOrder } from './activity-tree';
import { ReturnGrid } from './return-grid';
import { cellId, checkGrid, initialGridValues, returnPosts, type GridValues } from './return-grid-rules';
import { useCommand } from '../../../lib/use-command';
import { SubmitActivityReturnDocument, afterAnalysisChange } from '../api/activity-analysis.commands';
import { SubmitButton } from '../../../components/submit-button';

type Service = { id: string; name: string };

export function ReturnForm({ authorityId, programmeId, service }: { authorityId: string; programmeId: string; service: Service }) {
  const form = useQuery(activityReturnFormOptions(authorityId, programmeId, service.id));
  if (form.isPending) return <Loading what="the return" />;
  if (form.isError) return <Problem error={form.error} />;
  if (form.data.posts.length === 0) return <EmptyState>{service.name} has no posts in the establishment yet, so there is nothing to return.</EmptyState>;
  if (!form.data.activityTaxonomy.some((a) => !a.retired)) {
    return <EmptyState>This programme has no activities to return time against yet. The consultancy sets them up first.</EmptyState>;
  }
  // A new service is a new form: its own cells, reason and command id.
  return <ReturnGridForm key={service.id} data={form.data} programmeId={programmeId} service={service} />;
}

const reasonId = 'return-reason';

function ReturnGridForm({ data, programmeId, service }: { data: ActivityReturnFormQuery; programmeId: string; service: Service }) {
  const activities = useMemo(() => activeActivitiesInOrder(data.activityTaxonomy), [data.activityTaxonomy]);
  const { posts } = data;
  const previouslyReturned = useMemo(() => new Set(data.activityShares.map((s) => s.postId)), [data.activityShares]);
  const [values, setValues] = useState<GridValues>(() => initialGridValues(posts, activities, data.activityShares));
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [commandId, setCommandId] = useState(newCommandId);
  const savedRef = useRef<HTMLDivElement>(null);
  const submit = useCommand(SubmitActivityReturnDocument, afterAnalysisChange);

  const change = (postId: string, activityId: string, text: string) => {
    setSaved(null);
    setValues((v) => ({ ...v, [postId]: { ...v[postId], [activityId]: text } }));
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.isPending) return;
    setSaved(null);
    const index = new Map(posts.map((p, i) => [p.id, i]));
    const found: FieldProblem[] = checkGrid(posts, activities, values).map((p) => ({
      fieldId: cellId(
        index.get(p.postId) ?? 0,
        Math.max(
          0,
          activities.findIndex((a) => a.id === p.activityId),
        ),
      ),
      message: p.message,
    }));
    const entries = returnPosts(posts, activities, values, previouslyReturned);
    if (found.length === 0 && entries.length === 0) found.push({ fieldId: cellId(0, 0), message: 'Enter the shares of at least one post' });
    if (!reason.trim()) found.push({ fieldId: reasonId, message: 'Enter the reason for this return' });
    setProblems(found);
    if (found.length > 0) return;
    submit.mutate(
      { programmeId, serviceId: service.id, posts: entries, reason: reason.trim(), commandId },
      {
        onSuccess: (receipt) => {
          setSaved(`Activity return for ${service.name} saved: ${countLabel(receipt.posts, 'post')}. The analysis now uses these figures.`);
          setCommandId(newCommandId());
          setReason('');
          queueMicrotask(() => savedRef.current?.focus());
        },
      },
    );
  }

  return (
    <>
      <ErrorSummary problems={problems} />
      {submit.isError && problems.length === 0 && (
        <div className="notice notice--error" role="alert">
          <h2 className="notice__title">The return was not saved</h2>
          <p>{submit.error.message}</p>
        </div>
      )}
      <div ref={savedRef} tabIndex={-1} role="status" className={saved ? 'notice notice--success' : undefined}>
        {saved && <p>{saved}</p>}
      </div>
      <p>
        For each post, enter the whole percentage of its time spent on each activity. Leave a cell empty for none. A post's shares can add up to 100% at most.
        {previouslyReturned.size > 0 ? ' The grid shows the latest return.' : ''}
        {activities.length > 6 ? ` There are ${activities.length} activities: scroll the grid sideways to see them all.` : ''}
      </p>
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form form--wide" aria-label={`Activity return for ${service.name}`}>
        <ReturnGrid serviceName={service.name} posts={posts} activities={activities} values={values} onChange={change} />
        <TextAreaField
          id={reasonId}
          label="Reason for the return"
          hint="Kept in the decision history, for example: Agreed at the team workshop on 12 November."
          value={reason}
          onChange={setReason}
          error={problems.some((p) => p.fieldId === reasonId) ? 'Enter the reason for this return' : undefined}
          isRequired
        />
        <SubmitButton status={submit.isPending ? 'Saving the return…' : ''}>Submit the activity return</SubmitButton>
      </Form>
    </>
  );
}
