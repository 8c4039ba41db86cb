import './contracts.css';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading, Problem } from '../../components/query-status';
import { targetContractsOptions, type TargetContract } from './api/contracts.queries';
import { ContractDuties } from './components/contract-duties';
import { ContractNotices } from './components/contract-notices';
import { ContractSummary } from './components/contract-summary';
import { RemoveContract } from './components/remove-contract';
import { ContractNotFound } from './contract-not-found';
import { useCanEdit } from '../../lib/can-edit';
import { StageHeader } from './stage/stage-header';
import type { StageContext } from './stage/stage.queries';
import { StagePage } from './stage/stage-page';
import { EntityHistory } from '../audit';
import { SuccessNotice, useFlash } from '../../components/notice';

export function ContractPage() {
  return <StagePage backTo="/contracts" backLabel="Go to the target contracts of all programmes" page={Contract} />;
}

function Contract({ context }: { context: StageContext }) {
  const { contractId = '' } = useParams();
  const navigate = useNavigate();
  const canEdit = useCanEdit();
  // Set by the edit page after a save, so the user sees it took.
  const flash = useFlash();
  const register = useQuery(targetContractsOptions(context.programme.id));
  // Once removed, the contract leaves the register before we navigate away: keep showing it until then.
  const last = useRef<TargetContract | undefined>(undefined);

  if (register.isPending) return <Loading what="contract" />;
  if (register.isError) return <Problem error={register.error} />;
  const found = register.data.find((c) => c.id === contractId);
  if (found) last.current = found;
  const contract = found ?? last.current;
  if (!contract) return <ContractNotFound programmeId={context.programme.id} />;

  const base = `/contracts/${context.programme.id}`;
  return (
    <>
      <StageHeader
        context={context}
        index={{ to: '/contracts', label: 'Target contracts' }}
        trail={[{ to: base, label: context.programme.name }]}
        current={contract.reference}
        title={`Contract ${contract.reference}`}
      >
        {contract.reference}: {contract.title}
      </StageHeader>
      <SuccessNotice message={flash} />
      <p className="lead">
        {contract.tier} tier contract with {contract.supplier}, owned by {contract.serviceName}.
      </p>
      {canEdit && (
        <div className="stage-actions">
          <Link to={`${base}/${contract.id}/edit`} className="button button--secondary">
            Edit this contract
          </Link>
        </div>
      )}
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <ContractSummary contract={contract} />
      </section>
      <ContractDuties duties={contract.procurementActDuties} />
      <ContractNotices contract={contract} canEdit={canEdit} />
      {canEdit && <RemoveContract contract={contract} onRemoved={() => navigate(base, { state: { flash: `Contract ${contract.reference} removed.` } })} />}
      <EntityHistory programmeId={context.programme.id} entityId={contract.id} heading="Decisions about this contract" />
    </>
  );
}
