import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../components/button';
import { PageHeading } from '../../components/page-heading';
import { Loading, Problem } from '../../components/query-status';
import { newCommandId } from '../../lib/command-id';
import { usePageTitle } from '../../lib/use-page-title';
import { establishmentAuthorityOptions, postsOptions } from './api/establishment.queries';
import { AuthorityNotFound } from './establishment-page';
import { PostForm } from './components/post-form';
import { emptyPostForm, postFormValuesOf, serverFieldError, type PostFields } from './components/post-form-values';
import type { PostRow } from './components/posts-table';
import { useCommand, type Command } from '../../lib/use-command';
import { AddPostDocument, RemovePostDocument, UpdatePostDocument, afterEstablishmentChange } from './api/establishment.commands';
import { ErrorNotice } from '../../components/notice';
import { Breadcrumbs } from '../../components/breadcrumbs';

function PostBreadcrumbs({ authorityId, authorityName, current }: { authorityId: string; authorityName: string; current: string }) {
  return (
    <Breadcrumbs
      trail={[
        { to: `/authorities/${authorityId}`, label: authorityName },
        { to: `/establishment/${authorityId}`, label: 'Establishment' },
      ]}
      current={current}
    />
  );
}

function PostNotFound({ authorityId }: { authorityId: string }) {
  usePageTitle('Post not found');
  return (
    <>
      <h1 className="page-heading__title">Post not found</h1>
      <p>We could not find that post. It may have been removed.</p>
      <p>
        <Link to={`/establishment/${authorityId}`}>Go to the establishment</Link>
      </p>
    </>
  );
}

// One page for adding a post (no postId) and editing one.
export function PostPage() {
  const { authorityId = '', postId } = useParams();
  const navigate = useNavigate();
  const authority = useQuery(establishmentAuthorityOptions(authorityId));
  const posts = useQuery({ ...postsOptions(authorityId), enabled: Boolean(postId) });
  const addPost = useCommand(AddPostDocument, afterEstablishmentChange);
  const updatePost = useCommand(UpdatePostDocument, afterEstablishmentChange);
  const removePost = useCommand(RemovePostDocument, afterEstablishmentChange);
  // Once removed, the post leaves the list before we navigate away: keep showing it until then.
  const lastPost = useRef<PostRow | undefined>(undefined);
  // One command id per visit: a repeated submit after a lost answer is applied once.
  const [commandId] = useState(newCommandId);
  const save = postId ? updatePost : addPost;

  if (authority.isPending || (postId && posts.isPending)) return <Loading what="post" />;
  if (authority.isError) return <Problem error={authority.error} notFound={<AuthorityNotFound />} />;
  if (posts.isError) return <Problem error={posts.error} />;
  const found = postId ? posts.data?.find((p) => p.id === postId) : undefined;
  if (found) lastPost.current = found;
  const post = found ?? (removePost.isPending || removePost.isSuccess ? lastPost.current : undefined);
  if (postId && !post) return <PostNotFound authorityId={authorityId} />;

  const { name, services, allowPostholderNames } = authority.data;
  const done = (reference: string, verb: string) => navigate(`/establishment/${authorityId}`, { state: { flash: `Post ${reference} ${verb}.` } });
  const submit = (fields: PostFields, reason: string) => {
    const base = { ...fields, authorityId, reason: reason || null, commandId };
    if (postId) updatePost.mutate({ ...base, postId }, { onSuccess: (p) => done(p.reference, 'saved') });
    else addPost.mutate(base, { onSuccess: (p) => done(p.reference, 'added') });
  };
  const title = post ? `Post ${post.reference}` : 'Add a post';
  const serverError = serverFieldError(save.error);

  return (
    <>
      <PostBreadcrumbs authorityId={authorityId} authorityName={name} current={title} />
      <PageHeading title={`${title} – ${name}`} caption={`${name} establishment`}>
        {title}
      </PageHeading>
      <PostForm
        initialValues={post ? postFormValuesOf(post) : emptyPostForm}
        services={services.map((s) => ({ id: s.id, label: s.name }))}
        allowPostholderNames={allowPostholderNames}
        submitLabel={post ? 'Save post' : 'Add post'}
        onSubmit={submit}
        isPending={save.isPending}
        serverError={serverError}
        failure={save.error && !serverError ? save.error.message : null}
      />
      {post && <RemovePost authorityId={authorityId} post={post} removePost={removePost} onRemoved={() => done(post.reference, 'removed')} />}
    </>
  );
}

type RemovePostProps = { authorityId: string; post: PostRow; removePost: Command<typeof RemovePostDocument>; onRemoved: () => void };

function RemovePost({ authorityId, post, removePost, onRemoved }: RemovePostProps) {
  const [confirming, setConfirming] = useState(false);
  const [commandId] = useState(newCommandId);
  return (
    <section aria-labelledby="remove-heading" className="section">
      <h2 id="remove-heading">Remove this post</h2>
      {!confirming ? (
        <>
          <p>Remove a post that no longer exists in the council. Its history is kept.</p>
          <Button variant="secondary" onPress={() => setConfirming(true)}>
            Remove post {post.reference}
          </Button>
        </>
      ) : (
        <div className="confirm" role="group" aria-labelledby="remove-confirm">
          <p id="remove-confirm">
            <strong>
              Are you sure you want to remove post {post.reference} ({post.title})?
            </strong>
          </p>
          <div className="button-group">
            <Button
              variant="warning"
              onPress={() => {
                if (!removePost.isPending) removePost.mutate({ authorityId, postId: post.id, commandId }, { onSuccess: onRemoved });
              }}
            >
              Yes, remove the post
            </Button>
            <Button variant="secondary" onPress={() => setConfirming(false)}>
              No, keep it
            </Button>
          </div>
          {removePost.isError && <ErrorNotice>{removePost.error.message}</ErrorNotice>}
        </div>
      )}
    </section>
  );
}
