import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { Loading, Problem } from '../../components/query-status';
import { SelectField } from '../../components/select-field';
import { usePageTitle } from '../../lib/use-page-title';
import { establishmentAuthorityOptions, postsOptions } from './api/establishment.queries';
import { ImportSection } from './components/import-section';
import { PostsTable } from './components/posts-table';
import { SuccessNotice, useFlash } from '../../components/notice';
import { Breadcrumbs } from '../../components/breadcrumbs';

const allServices = 'all';

export function AuthorityNotFound() {
  usePageTitle('Authority not found');
  return (
    <>
      <h1 className="page-heading__title">Authority not found</h1>
      <p>We could not find that authority. It may not exist, or you may not have access to it.</p>
      <p>
        <Link to="/establishment">Go to the establishment of all authorities</Link>
      </p>
    </>
  );
}

export function EstablishmentPage() {
  const { authorityId = '' } = useParams();
  // The service filter lives in the address, so a filtered list can be shared.
  const [params, setParams] = useSearchParams();
  // Set by the post page after a save, so the user sees it took.
  const flash = useFlash();
  const serviceId = params.get('service') ?? undefined;
  const authority = useQuery(establishmentAuthorityOptions(authorityId));
  // No placeholder while a new filter loads: the caption and totals must match the rows shown.
  const posts = useQuery(postsOptions(authorityId, { serviceId }));

  if (authority.isPending) return <Loading what="establishment" />;
  if (authority.isError) return <Problem error={authority.error} notFound={<AuthorityNotFound />} />;

  const { name, services } = authority.data;
  const service = services.find((s) => s.id === serviceId);
  const options = [{ id: allServices, label: 'All services' }, ...services.map((s) => ({ id: s.id, label: s.name }))];

  return (
    <>
      <Breadcrumbs
        trail={[
          { to: '/authorities', label: 'Authorities' },
          { to: `/authorities/${authorityId}`, label: name },
        ]}
        current="Establishment"
      />
      <PageHeading title={`Establishment – ${name}`} caption={name}>
        Establishment
      </PageHeading>
      <SuccessNotice message={flash} />
      <p className="lead">The council's posts as they are today, before any redesign.</p>
      <div className="button-group section-actions">
        <Link to={`/establishment/${authorityId}/posts/new`} className="button button--secondary">
          Add a post
        </Link>
        <a href="#import-heading">Import from spreadsheet</a>
      </div>

      <section aria-labelledby="posts-heading" className="section">
        <h2 id="posts-heading">Posts</h2>
        <div className="filters">
          <SelectField
            label="Service"
            options={options}
            value={serviceId ?? allServices}
            onChange={(id) => setParams(id === allServices ? {} : { service: id }, { replace: true })}
          />
        </div>
        {posts.isPending ? (
          <Loading what="posts" />
        ) : posts.isError ? (
          <Problem error={posts.error} />
        ) : (
          <PostsTable
            authorityId={authorityId}
            caption={service ? `Posts in ${service.name}` : `Posts at ${name}`}
            posts={posts.data}
            emptyMessage={service ? `${service.name} has no posts yet.` : 'No posts have been recorded yet. Add a post or import a spreadsheet.'}
          />
        )}
      </section>

      <ImportSection authorityId={authorityId} />
    </>
  );
}
