import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../components/button';
import { Loading, Problem } from '../../components/query-status';
import { newCommandId } from '../../lib/command-id';
import { usePageTitle } from '../../lib/use-page-title';
import { changeFailureOf } from '../../lib/change-failure';
import { ChangedMeanwhile } from '../../components/changed-meanwhile';
import { type ProgrammeContext, ProgrammeHeader, ProgrammePage } from '../tasks';
import { useDesignOption } from './api/use-design-option';
import { DesignPostForm } from './components/design-post-form';
import { designPostValuesOf, emptyDesignPost, HEAD, type DesignPostFields } from './components/design-post-values';
import type { DesignOptionView } from './components/org-chart-tree';
import { OptionNotFound } from './design-option-page';
import './design.css';
import { EntityHistory } from '../audit';
import { useCommand } from '../../lib/use-command';
import { AddDesignPostDocument, RemoveDesignPostDocument, ReviseDesignPostDocument, afterDesignChange } from './api/design.commands';

type DesignPost = DesignOptionView['posts'][number];

function PostNotFound({ back }: { back: string }) {
  usePageTitle('Post not found');
  return (
    <>
      <h1 className="page-heading__title">Post not found</h1>
      <p>We could not find that post in this option. It may have been removed.</p>
      <p>
        <Link to={back}>Go to the option</Link>
      </p>
    </>
  );
}

export function DesignPostPage() {
  return <ProgrammePage backTo="/design" backLabel="Go to the function design of all programmes" page={DesignPostEditor} />;
}

// One page for adding a post to an option (no designPostId) and revising or removing one.
function DesignPostEditor({ context }: { context: ProgrammeContext }) {
  const { programme } = context;
  const { optionId = '', designPostId } = useParams();
  const navigate = useNavigate();
  const query = useDesignOption(programme.id, optionId);
  const add = useCommand(AddDesignPostDocument, afterDesignChange);
  const revise = useCommand(ReviseDesignPostDocument, afterDesignChange);
  const remove = useCommand(RemoveDesignPostDocument, afterDesignChange);
  const [commandId] = useState(newCommandId);
  // Once removed, the post leaves the option before we navigate away: keep showing it until then.
  const last = useRef<DesignPost | undefined>(undefined);
  const save = designPostId ? revise : add;

  if (query.isPending) return <Loading what="design option" />;
  if (query.isError) return <Problem error={query.error} notFound={<OptionNotFound programmeId={programme.id} />} />;
  const { option, revision } = query.data;
  const back = `/design/${programme.id}/options/${option.id}`;
  const found = designPostId ? option.posts.find((p) => p.id === designPostId) : undefined;
  if (found) last.current = found;
  const post = found ?? (remove.isPending || remove.isSuccess ? last.current : undefined);
  if (designPostId && !post) return <PostNotFound back={back} />;

  const failure = changeFailureOf(save.error) ?? changeFailureOf(remove.error);
  const reload = async () => {
    await query.refetch();
    save.reset();
    remove.reset();
  };
  const done = (flash: string) => navigate(back, { state: { flash } });
  const submit = (fields: DesignPostFields, reason: string) => {
    if (save.isPending) return;
    const base = { ...fields, programmeId: programme.id, optionId: option.id, reason: reason || null, expectedRevision: revision ?? null, commandId };
    if (designPostId) revise.mutate({ ...base, designPostId }, { onSuccess: () => done(`${fields.title} saved.`) });
    else add.mutate(base, { onSuccess: () => done(`${fields.title} added.`) });
  };
  // A post cannot report to itself or to one of its own reports; the API says so if tried.
  const managers = [
    { id: HEAD, label: 'Nobody: this post heads the function' },
    ...option.posts.filter((p) => p.id !== designPostId).map((p) => ({ id: p.id, label: p.title })),
  ];
  const title = post ? post.title : 'Add a post';

  return (
    <>
      <ProgrammeHeader
        context={context}
        index={{ to: '/design', label: 'Function design' }}
        trail={[
          { to: `/design/${programme.id}`, label: programme.name },
          { to: back, label: option.name },
        ]}
        current={title}
        title={`${title} – ${option.name}`}
      >
        {post ? `Change ${post.title}` : 'Add a post'}
      </ProgrammeHeader>
      {failure?.kind === 'stale' ? (
        <ChangedMeanwhile what="design" onReload={reload} />
      ) : (
        <>
          <DesignPostForm
            initialValues={post ? designPostValuesOf(post) : emptyDesignPost}
            managers={managers}
            submitLabel={post ? 'Save the post' : 'Add the post'}
            onSubmit={submit}
            isPending={save.isPending}
            failure={failure?.kind === 'problem' ? failure.message : null}
          />
          {post && designPostId && (
            <RemovePost
              post={post}
              onRemove={() => {
                if (remove.isPending) return;
                remove.mutate(
                  { programmeId: programme.id, optionId: option.id, designPostId, expectedRevision: revision ?? null, commandId },
                  { onSuccess: () => done(`${post.title} removed. Its direct reports now report to its manager.`) },
                );
              }}
            />
          )}
          {designPostId && <EntityHistory programmeId={programme.id} entityId={designPostId} heading="Decisions about this post" />}
        </>
      )}
    </>
  );
}

function RemovePost({ post, onRemove }: { post: DesignPost; onRemove: () => void }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="remove-heading" className="section">
      <h2 id="remove-heading">Remove this post</h2>
      {!confirming ? (
        <>
          <p>Its direct reports will then report to its manager.</p>
          <Button variant="secondary" onPress={() => setConfirming(true)}>
            Remove {post.title}
          </Button>
        </>
      ) : (
        <div className="confirm" role="group" aria-labelledby="remove-confirm">
          <p id="remove-confirm">
            <strong>Are you sure you want to remove {post.title} from this option?</strong>
          </p>
          <div className="button-group">
            <Button variant="warning" onPress={onRemove}>
              Yes, remove the post
            </Button>
            <Button variant="secondary" onPress={() => setConfirming(false)}>
              No, keep it
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
