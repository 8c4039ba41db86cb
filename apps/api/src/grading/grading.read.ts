import { gradingStatus, initialPostGradingState, jobDescriptionStreamId, latestJobDescription } from '@orgledger/domain';
import { designRow } from '../design';
import type { PostGradingReadRow } from './grading.projector';
import type { PostGradingView } from './grading.graphql';
import { postGradingModel } from './grading.projector';
import type { ReadSide } from '../platform/read-side';

export const chosenOptionOf = (read: ReadSide, tenantId: string, programmeId: string) => {
  const row = designRow(read, tenantId, programmeId);
  return row.options.find((o) => o.optionId === row.chosenOptionId) ?? null;
};

export const gradingRowOf = (read: ReadSide, tenantId: string, programmeId: string, designPostId: string): PostGradingReadRow | null =>
  read.readModels.get(postGradingModel, tenantId, jobDescriptionStreamId(programmeId, designPostId));

// Every post of the chosen option, in design order, with where its grading stands.
export const postGradingOf = (read: ReadSide, tenantId: string, programmeId: string): PostGradingView[] => {
  const option = chosenOptionOf(read, tenantId, programmeId);
  return (option?.posts ?? []).map((p) => {
    const row = gradingRowOf(read, tenantId, programmeId, p.designPostId);
    const state = row ?? { ...initialPostGradingState };
    const status = row?.status ?? gradingStatus(state);
    const jd = latestJobDescription(state);
    return {
      designPostId: p.designPostId,
      title: p.title,
      designGrade: p.grade,
      fte: p.fte,
      jdStatus: status.jd,
      jobDescription: jd && {
        version: jd.version,
        status: jd.status,
        purpose: jd.purpose,
        accountabilities: jd.accountabilities,
        essentialCriteria: jd.personSpecification.essential,
        desirableCriteria: jd.personSpecification.desirable,
        changeNotes: jd.changeNotes,
      },
      evaluationStatus: status.evaluation,
      evaluation: state.evaluation,
      grade: status.grade,
      canBeCostedAsFinal: status.canBeCostedAsFinal,
      nextStep: status.nextStep,
    };
  });
};
