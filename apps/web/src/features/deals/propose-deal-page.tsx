import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Loading, Problem } from '../../components/query-status';
import { SelectField } from '../../components/select-field';
import type { DealTermsInput } from '../../gql/graphql';
import { newCommandId } from '../../lib/command-id';
import { type ProgrammeContext, ProgrammeHeader, ProgrammePage } from '../tasks';
import { dealServicePostsOptions, fteDealsOptions } from './api/deal.queries';
import { changeFailureOf } from '../../lib/change-failure';
import { dealStatusLabel, isOpen } from './components/deal-labels';
import { termsServerProblem } from './components/server-problem';
import { TermsForm, termsReasonFieldId } from './components/terms-form';
import { emptyTermsForm } from './components/terms-form-values';
import './deals.css';
import { useCommand } from '../../lib/use-command';
import { ProposeFteDealDocument, afterDealStep } from './api/deals.commands';

export function ProposeDealPage() {
  return <ProgrammePage backTo="/deals" backLabel="Go to the FTE deals of all programmes" page={ProposeDeal} />;
}

function ProposeDeal({ context }: { context: ProgrammeContext }) {
  const { programme, authority } = context;
  const [serviceId, setServiceId] = useState('');
  const deals = useQuery(fteDealsOptions(programme.id));
  // A service may already be negotiating or have agreed; say so next to its name.
  const options = useMemo(
    () =>
      authority.services.map((s) => {
        const live = (deals.data ?? []).filter((d) => d.serviceId === s.id && (isOpen(d.status) || d.status === 'AGREED'));
        const note = live.length ? ` (deal ${live.map((d) => dealStatusLabel(d.status).toLowerCase()).join(', ')})` : '';
        return { id: s.id, label: `${s.name}${note}` };
      }),
    [authority.services, deals.data],
  );
  const service = authority.services.find((s) => s.id === serviceId);

  return (
    <>
      <ProgrammeHeader
        context={context}
        index={{ to: '/deals', label: 'FTE deals' }}
        trail={[{ to: `/deals/${programme.id}`, label: programme.name }]}
        current="Propose a deal"
        title="Propose an FTE deal"
      >
        Propose an FTE deal
      </ProgrammeHeader>
      <p className="lead">Offer a service the terms on which it releases FTE and budget into the new function. Its director answers in the portal.</p>
      <div className="filters">
        <SelectField
          id="propose-service"
          label="Service"
          hint="The service whose posts release FTE. Choose it first: the form lists its posts."
          placeholder="Choose a service"
          options={options}
          value={serviceId}
          onChange={setServiceId}
        />
      </div>
      {service && <ServiceOffer key={service.id} context={context} serviceId={service.id} serviceName={service.name} />}
    </>
  );
}

function ServiceOffer({ context, serviceId, serviceName }: { context: ProgrammeContext; serviceId: string; serviceName: string }) {
  const navigate = useNavigate();
  const posts = useQuery(dealServicePostsOptions(context.authority.id, serviceId));
  const propose = useCommand(ProposeFteDealDocument, afterDealStep);
  // One command id per offer: a repeated submit after a lost answer proposes once.
  const [commandId] = useState(newCommandId);
  const [initialValues] = useState(() => emptyTermsForm(new Date().toISOString().slice(0, 10)));
  if (posts.isPending) return <Loading what={`${serviceName}'s posts`} />;
  if (posts.isError) return <Problem error={posts.error} />;
  const servicePosts = [...posts.data].sort((a, b) => a.reference.localeCompare(b.reference, 'en-GB', { numeric: true }));
  const failure = changeFailureOf(propose.error);
  const serverProblem = termsServerProblem(failure, servicePosts, termsReasonFieldId);

  const submit = (terms: DealTermsInput, reason: string) => {
    if (propose.isPending) return;
    propose.mutate(
      { programmeId: context.programme.id, serviceId, terms, reason: reason || null, commandId },
      {
        onSuccess: (deal) =>
          navigate(`/deals/${context.programme.id}/${deal.id}`, {
            state: { flash: `Deal proposed to ${serviceName}. It now awaits the service director's answer.` },
          }),
      },
    );
  };

  return (
    <section aria-labelledby="offer-heading" className="section">
      <h2 id="offer-heading">Terms offered to {serviceName}</h2>
      <TermsForm
        posts={servicePosts}
        initialValues={initialValues}
        submitLabel="Propose the deal"
        reason={{ label: 'Reason (optional)', hint: 'Why now, such as the activity analysis finding. Kept in the negotiation history.', required: false }}
        onSubmit={submit}
        isPending={propose.isPending}
        serverProblem={serverProblem}
        failure={failure && !serverProblem ? (failure.kind === 'problem' ? failure.message : 'This deal was proposed already; open it from the ledger.') : null}
      />
    </section>
  );
}
