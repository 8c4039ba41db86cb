import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { SuccessNotice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { Loading, Problem } from '../../components/query-status';
import { formatCivilDate } from '../../lib/format';
import { useSession } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { councilPolicyOptions } from './api/policy.queries';
import { PolicyForm } from './components/policy-form';
import { PolicyHistory } from './components/policy-history';
import { PolicySummary } from './components/policy-summary';

// Who may record a version: the API's rule, so only they see the form.
const EDITORS = ['TENANT_ADMIN', 'CONSULTANT', 'HR_PARTNER'];

function PolicyNotFound() {
  usePageTitle('Council not found');
  return (
    <>
      <h1 className="page-heading__title">Council not found</h1>
      <p>We could not find that council. It may not exist, or you may not have access to it.</p>
    </>
  );
}

export function PolicyPage() {
  const { authorityId = '' } = useParams();
  const policy = useQuery(councilPolicyOptions(authorityId));
  const role = useSession()?.me.role;
  const [flash, setFlash] = useState<string | null>(null);
  usePageTitle(policy.data ? `Policy pack – ${policy.data.authority.name}` : 'Policy pack');

  if (policy.isPending) return <Loading what="policy pack" />;
  if (policy.isError) return <Problem error={policy.error} notFound={<PolicyNotFound />} />;
  const { authority, councilPolicy } = policy.data;
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: '/authorities', label: 'Authorities' },
          { to: `/authorities/${authority.id}`, label: authority.name },
        ]}
        current="Policy pack"
      />
      <PageHeading title="Policy pack" caption={authority.name}>
        Policy pack
      </PageHeading>
      <SuccessNotice message={flash} />
      <section aria-labelledby="in-force-heading">
        <h2 id="in-force-heading">In force today</h2>
        <PolicySummary policy={councilPolicy} />
        <p>
          Slot-ins, ring fences, trials and pay protection read the version in force on their own date; exit costs read the one in force on the dismissal date.
          See the <Link to={`/authorities/${authority.id}`}>council’s programmes</Link>.
        </p>
      </section>
      <section aria-labelledby="history-heading" className="section">
        <h2 id="history-heading">Version history</h2>
        <PolicyHistory policy={councilPolicy} />
      </section>
      {role && EDITORS.includes(role) && (
        <section aria-labelledby="record-heading" className="section">
          <h2 id="record-heading">Record a new version</h2>
          <PolicyForm
            key={councilPolicy.versions.length}
            policy={councilPolicy}
            onRecorded={(version, from) => setFlash(`Version ${version} was recorded, in force from ${formatCivilDate(from)}.`)}
          />
        </section>
      )}
    </>
  );
}
