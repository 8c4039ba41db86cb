import { useState } from 'react';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import type { DealTermsInput, Role } from '../../../gql/graphql';
import { newCommandId } from '../../../lib/command-id';
import { formatFte } from '../../../lib/units';
import { changeFailureOf } from '../../../lib/change-failure';
import { ChangedMeanwhile } from '../../../components/changed-meanwhile';
import { actionLabels, availableActions, confirmLabels, canActForService, needsReason, needsTerms, viewerSide, type DealAction } from './deal-actions';
import { CounterTerms } from './counter-terms';
import { StepForm } from './step-form';
import type { DealDetail } from './terms-columns';
import { useCommand } from '../../../lib/use-command';
import {
  AgreeFteDealAmendmentDocument,
  AgreeFteDealDocument,
  CounterFteDealAmendmentDocument,
  CounterFteDealDocument,
  ProposeFteDealAmendmentDocument,
  RejectFteDealAmendmentDocument,
  RejectFteDealDocument,
  WithdrawFteDealDocument,
  afterDealStep,
} from '../api/deals.commands';

type DealActionsPanelProps = {
  deal: DealDetail;
  authorityId: string;
  role: Role;
  /** Reads the deal again after the API said it changed meanwhile. */
  onReload: () => Promise<unknown>;
};

const doneMessages: Record<DealAction, string> = {
  counter: 'Your counter-offer was sent.',
  agree: 'The deal is agreed.',
  reject: 'The deal was rejected.',
  withdraw: 'The deal was withdrawn.',
  proposeAmendment: 'Your amendment was proposed. The agreed terms stay in force until it is agreed.',
  counterAmendment: 'Your counter to the amendment was sent.',
  agreeAmendment: 'The amendment is agreed and now in force.',
  rejectAmendment: 'The amendment was rejected; the agreed terms stand.',
};

function useDealStepMutations() {
  return {
    counter: useCommand(CounterFteDealDocument, afterDealStep),
    agree: useCommand(AgreeFteDealDocument, afterDealStep),
    reject: useCommand(RejectFteDealDocument, afterDealStep),
    withdraw: useCommand(WithdrawFteDealDocument, afterDealStep),
    proposeAmendment: useCommand(ProposeFteDealAmendmentDocument, afterDealStep),
    counterAmendment: useCommand(CounterFteDealAmendmentDocument, afterDealStep),
    agreeAmendment: useCommand(AgreeFteDealAmendmentDocument, afterDealStep),
    rejectAmendment: useCommand(RejectFteDealAmendmentDocument, afterDealStep),
  };
}

// The steps open to the viewer's side, and only those. A consultant may answer for the service,
// recorded as on the director's behalf, by ticking the box first.
export function DealActionsPanel({ deal, authorityId, role, onReload }: DealActionsPanelProps) {
  const [onBehalf, setOnBehalf] = useState(false);
  const [open, setOpen] = useState<{ action: DealAction; commandId: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const mutations = useDealStepMutations();
  const mutation = open ? mutations[open.action] : null;
  const failure = changeFailureOf(mutation?.error);

  const side = viewerSide(role, onBehalf);
  const actions = availableActions(deal, side);
  const mayActForService = canActForService(role) && availableActions(deal, 'SERVICE').length > 0;
  if (!side) return null;

  const choose = (action: DealAction) => {
    setDone(null);
    if (open) mutations[open.action].reset();
    setOpen(open?.action === action ? null : { action, commandId: newCommandId() });
  };
  const step = { dealId: deal.id, expectedVersion: deal.version, onBehalfOfService: onBehalf ? true : null };
  // After a step the next move is someone else's: answer as the programme again unless asked.
  const finish = (action: DealAction) => {
    setOpen(null);
    setOnBehalf(false);
    setDone(doneMessages[action]);
  };
  const sendTerms = (terms: DealTermsInput, reason: string) => {
    if (!open || mutation?.isPending) return;
    const { action, commandId } = open;
    const input = { ...step, terms, reason, commandId };
    if (action === 'counter') mutations.counter.mutate(input, { onSuccess: () => finish(action) });
    if (action === 'proposeAmendment') mutations.proposeAmendment.mutate(input, { onSuccess: () => finish(action) });
    if (action === 'counterAmendment') mutations.counterAmendment.mutate(input, { onSuccess: () => finish(action) });
  };
  const sendStep = (reason: string) => {
    if (!open || mutation?.isPending) return;
    const { action, commandId } = open;
    if (needsTerms(action)) return;
    const m = mutations[action as Exclude<DealAction, 'counter' | 'proposeAmendment' | 'counterAmendment'>];
    m.mutate({ ...step, reason: reason || null, commandId }, { onSuccess: () => finish(action) });
  };
  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      if (open) mutations[open.action].reset();
      setOpen(null);
      setReloading(false);
    }
  };

  return (
    <section aria-labelledby="deal-actions-heading" className="deal-actions">
      <h2 id="deal-actions-heading">{onBehalf ? 'Answer for the service director' : 'Your answer'}</h2>
      {done && (
        <div className="notice notice--success" role="status">
          <p>{done}</p>
        </div>
      )}
      {mayActForService && (
        <CheckboxField
          label="Record this as the service director's answer, on their behalf"
          hint="Only when the director has given you their answer, such as at a meeting or by phone. The history records that you answered for them."
          isSelected={onBehalf}
          onChange={(selected) => {
            setOnBehalf(selected);
            if (open) mutations[open.action].reset();
            setOpen(null);
            setDone(null);
          }}
        />
      )}
      {failure?.kind === 'stale' ? (
        <ChangedMeanwhile what="deal" onReload={reload} reloading={reloading} />
      ) : actions.length === 0 ? (
        <p>
          {deal.awaiting
            ? 'Nothing awaits your answer on this deal: the other side has the next move.'
            : 'This deal is closed; nothing more can be done with it.'}
        </p>
      ) : (
        <>
          <div className="button-group">
            {actions.map((action) => (
              <Button
                key={action}
                variant={action === 'agree' || action === 'agreeAmendment' ? 'primary' : 'secondary'}
                aria-expanded={open?.action === action}
                aria-controls={open?.action === action ? 'deal-action-panel' : undefined}
                onPress={() => choose(action)}
              >
                {actionLabels[action]}
              </Button>
            ))}
          </div>
          {open && (
            <div id="deal-action-panel" className="deal-actions__panel">
              <h3>{actionLabels[open.action]}</h3>
              {needsTerms(open.action) ? (
                <CounterTerms
                  deal={deal}
                  authorityId={authorityId}
                  action={open.action}
                  onSubmit={sendTerms}
                  isPending={Boolean(mutation?.isPending)}
                  failure={failure}
                />
              ) : (
                <StepForm
                  key={open.commandId}
                  summary={stepSummary(deal, open.action)}
                  reasonRequired={needsReason(open.action)}
                  submitLabel={confirmLabels[open.action]}
                  warning={open.action === 'reject' || open.action === 'withdraw'}
                  onSubmit={sendStep}
                  isPending={Boolean(mutation?.isPending)}
                  failure={failure?.kind === 'problem' ? failure.message : null}
                />
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

function stepSummary(deal: DealDetail, action: DealAction): string {
  const offer = deal.offerTerms ?? deal.terms;
  switch (action) {
    case 'agree':
      return `You agree to ${formatFte(offer.fte)} FTE from ${deal.serviceName} on the terms on the table. Once agreed, the terms change only by an amendment both sides agree.`;
    case 'agreeAmendment':
      return `You agree to the amendment: ${formatFte(offer.fte)} FTE from ${deal.serviceName}, in force from now on.`;
    case 'reject':
      return 'Rejecting closes the deal. To negotiate again, the programme must propose a new deal.';
    case 'withdraw':
      return 'Withdrawing closes the deal. The service keeps its posts and budget.';
    case 'rejectAmendment':
      return 'The agreed terms stay in force.';
    default:
      return '';
  }
}
