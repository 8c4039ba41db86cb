import './benefits.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading, Problem } from '../../components/query-status';
import { newCommandId } from '../../lib/command-id';
import { usePageTitle } from '../../lib/use-page-title';
import { StageHeader, type StageContext, StagePage } from '../contracts';
import { benefitsOptions } from './api/benefits.queries';
import { BenefitForm } from './components/benefit-form';
import { benefitFormValuesOf, benefitServerFieldError, emptyBenefitForm } from './components/benefit-form-values';
import { statusLabels } from './components/benefit-labels';
import { StatusForm } from './components/status-form';
import { useCommand } from '../../lib/use-command';
import { RecordBenefitDocument, UpdateBenefitDocument, afterBenefitChange } from './api/benefits.commands';
import { ErrorNotice } from '../../components/notice';

export function BenefitPage() {
  return <StagePage backTo="/benefits" backLabel="Go to the benefits of all programmes" page={BenefitOfProgramme} />;
}

function BenefitNotFound({ programmeId }: { programmeId: string }) {
  usePageTitle('Benefit not found');
  return (
    <>
      <h1 className="page-heading__title">Benefit not found</h1>
      <p>We could not find that benefit. It may not exist, or you may not have access to it.</p>
      <p>
        <Link to={`/benefits/${programmeId}`}>Go to the benefits register</Link>
      </p>
    </>
  );
}

// One page for recording a benefit (no benefitId) and for editing one and moving its status.
function BenefitOfProgramme({ context }: { context: StageContext }) {
  const { benefitId } = useParams();
  const programmeId = context.programme.id;
  const navigate = useNavigate();
  const register = useQuery({ ...benefitsOptions(programmeId), enabled: Boolean(benefitId) });
  const record = useCommand(RecordBenefitDocument, afterBenefitChange);
  const update = useCommand(UpdateBenefitDocument, afterBenefitChange);
  const save = benefitId ? update : record;
  const [commandId] = useState(newCommandId);

  if (benefitId && register.isPending) return <Loading what="benefit" />;
  if (register.isError) return <Problem error={register.error} />;
  const benefit = benefitId ? register.data?.benefits.find((b) => b.id === benefitId) : undefined;
  if (benefitId && !benefit) return <BenefitNotFound programmeId={programmeId} />;

  const base = `/benefits/${programmeId}`;
  const title = benefit ? benefit.title : 'Record a benefit';
  const serverError = benefitServerFieldError(save.error);
  const done = (verb: string, what: string) => navigate(base, { state: { flash: `Benefit ${verb}: ${what}.` } });

  return (
    <>
      <StageHeader
        context={context}
        index={{ to: '/benefits', label: 'Benefits' }}
        trail={[{ to: base, label: context.programme.name }]}
        current={benefit ? 'Benefit' : 'Record a benefit'}
        title={benefit ? `Benefit: ${benefit.title}` : title}
      >
        {title}
      </StageHeader>
      {save.isError && !serverError && <ErrorNotice>{save.error.message}</ErrorNotice>}
      {benefit && (
        <section aria-labelledby="status-heading">
          <h2 id="status-heading">Change its status</h2>
          <StatusForm
            benefit={benefit}
            onChanged={(to) => navigate(base, { state: { flash: `Status of “${benefit.title}” changed to ${statusLabels[to]}.` } })}
          />
        </section>
      )}
      <section aria-labelledby="details-heading" className={benefit ? 'section' : undefined}>
        <h2 id="details-heading">{benefit ? 'Edit its details' : 'Details'}</h2>
        <BenefitForm
          initialValues={benefit ? benefitFormValuesOf(benefit) : emptyBenefitForm}
          withStatus={!benefit}
          submitLabel={benefit ? 'Save benefit' : 'Record benefit'}
          isPending={save.isPending}
          serverError={serverError}
          onSubmit={(fields, status, reason) => {
            const common = { ...fields, programmeId, reason: reason || null, commandId };
            if (benefit) update.mutate({ ...common, benefitId: benefit.id }, { onSuccess: (b) => done('saved', b.title) });
            else record.mutate({ ...common, status }, { onSuccess: (b) => done('recorded', b.title) });
          }}
        />
      </section>
    </>
  );
}
