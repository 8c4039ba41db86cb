import './contracts.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Loading, Problem } from '../../components/query-status';
import { newCommandId } from '../../lib/command-id';
import { tierRulesOptions } from './api/contracts.queries';
import { TierRulesForm } from './components/tier-rules-form';
import { bandValuesOf } from './components/tier-rules-values';
import { StageHeader } from './stage/stage-header';
import type { StageContext } from './stage/stage.queries';
import { StagePage } from './stage/stage-page';
import { useCommand } from '../../lib/use-command';
import { SetTierRulesDocument, afterStageChange } from './api/contracts.commands';

export function TierRulesPage() {
  return <StagePage backTo="/contracts" backLabel="Go to the target contracts of all programmes" page={TierRules} />;
}

function TierRules({ context }: { context: StageContext }) {
  const programmeId = context.programme.id;
  const navigate = useNavigate();
  const rules = useQuery(tierRulesOptions(programmeId));
  const setRules = useCommand(SetTierRulesDocument, afterStageChange);
  const [commandId] = useState(newCommandId);
  const base = `/contracts/${programmeId}`;

  return (
    <>
      <StageHeader
        context={context}
        index={{ to: '/contracts', label: 'Target contracts' }}
        trail={[{ to: base, label: context.programme.name }]}
        current="Tier rules"
        title="Tier rules"
      >
        Tier rules
      </StageHeader>
      <p className="lead">How the programme tiers its target contracts. The tier sets how much contract-management time a contract needs.</p>
      {rules.isPending ? (
        <Loading what="tier rules" />
      ) : rules.isError ? (
        <Problem error={rules.error} />
      ) : (
        <section aria-labelledby="rules-heading">
          <h2 id="rules-heading">Bands, highest tier first</h2>
          <p>
            A contract takes the first band whose minimum annual value it reaches, or whose risk it reaches. The last band takes every contract left. Saving
            re-tiers every contract and changes the capacity model.
          </p>
          {rules.data.isDefault && <p className="hint">No rules have been set for this programme, so the default bands apply.</p>}
          {rules.data.fromTemplateId && <p className="hint">These rules came from a template.</p>}
          <TierRulesForm
            initialBands={bandValuesOf(rules.data.bands)}
            isPending={setRules.isPending}
            failure={setRules.error?.message}
            onSubmit={(bands, reason) =>
              setRules.mutate(
                { programmeId, bands, reason: reason || null, commandId },
                { onSuccess: () => navigate(base, { state: { flash: 'Tier rules saved. Every contract has been re-tiered.' } }) },
              )
            }
          />
          <p>
            <Link to={base}>Back to the target contracts without saving</Link>
          </p>
        </section>
      )}
    </>
  );
}
