import './contracts.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button } from '../../components/button';
import { Loading, Problem } from '../../components/query-status';
import { ApiError } from '../../lib/graphql';
import { newCommandId } from '../../lib/command-id';
import { contractManagerPostsOptions, targetContractsOptions, type TargetContract } from './api/contracts.queries';
import { ContractForm } from './components/contract-form';
import { contractFormValuesOf, contractServerFieldError, emptyContractForm, type ContractFields } from './components/contract-form-values';
import { ContractNotFound } from './contract-not-found';
import { StageHeader } from './stage/stage-header';
import type { StageContext } from './stage/stage.queries';
import { StagePage } from './stage/stage-page';
import { useCommand } from '../../lib/use-command';
import { AddTargetContractDocument, UpdateTargetContractDocument, afterStageChange } from './api/contracts.commands';
import { ErrorNotice } from '../../components/notice';

// One page for adding a contract (no contractId) and editing one.
export function ContractEditPage() {
  return <StagePage backTo="/contracts" backLabel="Go to the target contracts of all programmes" page={ContractEdit} />;
}

function ContractEdit({ context }: { context: StageContext }) {
  const { contractId } = useParams();
  const programmeId = context.programme.id;
  const register = useQuery({ ...targetContractsOptions(programmeId), enabled: Boolean(contractId) });
  const posts = useQuery(contractManagerPostsOptions(context.authority.id));

  if ((contractId && register.isPending) || posts.isPending) return <Loading what="contract" />;
  if (register.isError) return <Problem error={register.error} />;
  if (posts.isError) return <Problem error={posts.error} />;
  const contract = contractId ? register.data?.find((c) => c.id === contractId) : undefined;
  if (contractId && !contract) return <ContractNotFound programmeId={programmeId} />;
  const reload = async () => (await register.refetch()).data?.find((c) => c.id === contractId);
  return <ContractEditor context={context} contract={contract} posts={posts.data} reload={reload} />;
}

type EditorProps = {
  context: StageContext;
  contract: TargetContract | undefined;
  posts: { id: string; reference: string; title: string; serviceName: string }[];
  /** Fetches the register again and answers the contract as it is now. */
  reload: () => Promise<TargetContract | undefined>;
};

function ContractEditor({ context, contract, posts, reload }: EditorProps) {
  const navigate = useNavigate();
  const programmeId = context.programme.id;
  const add = useCommand(AddTargetContractDocument, afterStageChange);
  const update = useCommand(UpdateTargetContractDocument, afterStageChange);
  const save = contract ? update : add;
  // One command id per visit: a repeated submit after a lost answer is applied once.
  const [commandId] = useState(newCommandId);
  // The register revision this form was filled from; a save against a newer one is refused.
  const [seen, setSeen] = useState(() => ({ revision: contract?.revision, form: 0 }));
  const base = `/contracts/${programmeId}`;
  const title = contract ? `Edit ${contract.reference}` : 'Add a target contract';
  const stale = save.error instanceof ApiError && save.error.code === 'CONFLICT';
  const serverError = contractServerFieldError(save.error);

  const submit = (fields: ContractFields, reason: string) => {
    const common = { ...fields, programmeId, reason: reason || null };
    const done = (saved: { id: string; reference: string }, verb: string) =>
      navigate(`${base}/${saved.id}`, { state: { flash: `Contract ${saved.reference} ${verb}.` } });
    if (contract) {
      update.mutate({ ...common, contractId: contract.id, expectedRevision: seen.revision ?? null, commandId }, { onSuccess: (saved) => done(saved, 'saved') });
    } else {
      add.mutate({ ...common, commandId }, { onSuccess: (saved) => done(saved, 'added') });
    }
  };

  return (
    <>
      <StageHeader
        context={context}
        index={{ to: '/contracts', label: 'Target contracts' }}
        trail={[{ to: base, label: context.programme.name }, ...(contract ? [{ to: `${base}/${contract.id}`, label: contract.reference }] : [])]}
        current={contract ? 'Edit' : 'Add a contract'}
        title={title}
      >
        {title}
      </StageHeader>
      {stale && contract && (
        <div className="notice notice--error" role="alert">
          <h2 className="notice__title">The register changed while you were editing</h2>
          <p>
            Someone else saved a change to the target contracts since you opened this page, so nothing was saved. Start again from the contract as it is now.
          </p>
          <Button
            variant="secondary"
            onPress={async () => {
              const latest = await reload();
              update.reset();
              setSeen((s) => ({ revision: latest?.revision, form: s.form + 1 }));
            }}
          >
            Start again from the latest version
          </Button>
        </div>
      )}
      {save.isError && !stale && !serverError && <ErrorNotice>{save.error.message}</ErrorNotice>}
      <ContractForm
        key={seen.form}
        initialValues={contract ? contractFormValuesOf(contract) : emptyContractForm}
        services={context.authority.services.map((s) => ({ id: s.id, label: s.name }))}
        posts={posts}
        submitLabel={contract ? 'Save contract' : 'Add contract'}
        onSubmit={submit}
        isPending={save.isPending}
        serverError={serverError}
      />
    </>
  );
}
