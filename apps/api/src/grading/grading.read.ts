import { gradingStatus, initialPostGradingState, jobDescriptionStreamId, latestJobDescription } from '@orgledger/domain';
import type { AppContext } from '../platform/app-context';
import { designRow } from '../design';
import type { PostGradingReadRow } from './grading.projector';
import type { PostGradingView } from './grading.graphql';
import { postGradingModel } from './grading.projector';

export const chosenOptionOf = (app: AppContext, tenantId: string, programmeId: string) => {
  const row = designRow(app, tenantId, programmeId);
  return row.options.find((o) => o.optionId === row.chosenOptionId) ?? null;
};

export const gradingRowOf = (app: AppContext, tenantId: string, programmeId: string, designPostId: string): PostGradingReadRow | null =>
  app.readModels.get(postGradingModel, tenantId, jobDescriptionStreamId(programmeId, designPostId));

// Every post of the chosen option, in design order, with where its grading stands.
export const postGradingOf = (app: AppContext, tenantId: string, programmeId: string): PostGradingView[] => {
  const option = chosenOptionOf(app, tenantId, programmeId);
  return (option?.posts ?? []).map((p) => {
    const row = gradingRowOf(app, tenantId, programmeId, p.designPostId);
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
