import { useState } from 'react';
import { Button } from '../../../components/button';
import { newCommandId } from '../../../lib/command-id';
import type { TargetContract } from '../api/contracts.queries';
import { useCommand } from '../../../lib/use-command';
import { RemoveTargetContractDocument, afterStageChange } from '../api/contracts.commands';
import { ErrorNotice } from '../../../components/notice';

export function RemoveContract({ contract, onRemoved }: { contract: TargetContract; onRemoved: () => void }) {
  const remove = useCommand(RemoveTargetContractDocument, afterStageChange);
  const [confirming, setConfirming] = useState(false);
  const [commandId] = useState(newCommandId);
  return (
    <section aria-labelledby="remove-heading" className="section">
      <h2 id="remove-heading">Remove this contract</h2>
      {!confirming ? (
        <>
          <p>Remove a contract the new function will not manage. Its history is kept.</p>
          <Button variant="secondary" onPress={() => setConfirming(true)}>
            Remove contract {contract.reference}
          </Button>
        </>
      ) : (
        <div className="confirm" role="group" aria-labelledby="remove-confirm">
          <p id="remove-confirm">
            <strong>
              Are you sure you want to remove {contract.reference} ({contract.title}) from the target contracts?
            </strong>
          </p>
          <div className="button-group">
            <Button
              variant="warning"
              onPress={() => {
                if (!remove.isPending) remove.mutate({ programmeId: contract.programmeId, contractId: contract.id, commandId }, { onSuccess: onRemoved });
              }}
            >
              Yes, remove the contract
            </Button>
            <Button variant="secondary" onPress={() => setConfirming(false)}>
              No, keep it
            </Button>
          </div>
          {remove.isError && <ErrorNotice>{remove.error.message}</ErrorNotice>}
        </div>
      )}
    </section>
  );
}
