import { Button } from '../../../components/button';
import { formatCivilDate } from '../../../lib/format';
import { newCommandId } from '../../../lib/command-id';
import type { ConsultationPlan } from '../api/consultation.queries';
import { useCommand } from '../../../lib/use-command';
import { LaunchConsultationDocument, afterConsultationChange } from '../api/consultation.commands';
import { ChangeFailureNotice } from '../../../components/notice';

// Launching is refused until the Design Authority gate is open and the plan breaks no rule; the
// button says which of the two holds it.
export function LaunchPanel({ plan, canLaunch }: { plan: ConsultationPlan; canLaunch: boolean }) {
  const launch = useCommand(LaunchConsultationDocument, afterConsultationChange);
  if (plan.status === 'launched') {
    return (
      <div className="notice notice--success" role="status">
        <p>
          Consultation launched on {formatCivilDate(plan.launchedOn!)} under rules {plan.launchRuleIds.join(', ')}.
        </p>
      </div>
    );
  }
  const blockedBy = !plan.gate.open ? plan.gate.reason : plan.warnings.length > 0 ? 'Fix the rules this plan breaks before launching it.' : null;
  return (
    <section aria-labelledby="launch-heading" className="section consultation-launch">
      <h2 id="launch-heading">Launch</h2>
      <p id="launch-reason">{blockedBy ?? plan.gate.reason}</p>
      <ChangeFailureNotice error={launch.error} stale="The plan changed meanwhile: reload the page." />
      {canLaunch && (
        <Button
          aria-describedby="launch-reason"
          isDisabled={blockedBy !== null || launch.isPending}
          onPress={() => launch.mutate({ planId: plan.planId, commandId: newCommandId() })}
        >
          Launch consultation
        </Button>
      )}
    </section>
  );
}
