import { formatCivilDate, humanise } from '../../../lib/format';

export type StageDecision = { summary: string; on: string } | null | undefined;

// "Approved by the Design Authority on 15 Jun 2026": the decision that set the stage, or none yet.
export const stageSetBy = (decision: StageDecision): string | null => (decision ? `${decision.summary} on ${formatCivilDate(decision.on)}` : null);

// The stage as the decisions recorded put it, with the decision that moved it there.
export function ProgrammeStage({ stage, stageDecision }: { stage: string; stageDecision?: StageDecision }) {
  const setBy = stageSetBy(stageDecision);
  return (
    <>
      {humanise(stage)}
      {setBy && <div className="hint">{setBy}</div>}
    </>
  );
}
