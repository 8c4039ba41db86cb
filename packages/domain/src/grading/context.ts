// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, nameOf, count, quoted, humanise } from '../shared/describing';
import { gradingErrorKinds } from './errors';
import { gradingUpcasters } from './upcasters';

export const context = defineContext({
  upcasters: gradingUpcasters,
  errorKinds: gradingErrorKinds,
  describers: {
    GradeStructureSet: (e, l) => `${who(e, l)} set the grade structure from ${e.data.effectiveFrom}: ${count(e.data.grades.length, 'grade')}`,
    JobDescriptionDrafted: (e, l) =>
      `${who(e, l)} drafted version ${e.data.version} of the job description for ${quoted(nameOf(l, e.data.designPostId, 'a post'))}`,
    JobDescriptionApproved: (e, l) =>
      `${who(e, l)} approved version ${e.data.version} of the job description for ${quoted(nameOf(l, l.jdPosts.get(e.streamName), 'a post'))}`,
    JobDescriptionChangesRequested: (e, l) =>
      `${who(e, l)} asked for changes to version ${e.data.version} of the job description for ${quoted(nameOf(l, l.jdPosts.get(e.streamName), 'a post'))}: ${e.data.note}`,
    JobEvaluationRecorded: (e, l) =>
      `${who(e, l)} recorded the job evaluation of ${quoted(nameOf(l, l.jdPosts.get(e.streamName), 'a post'))}: ${e.data.score} points (${humanise(e.data.scheme).toUpperCase()}), grade ${e.data.grade}, SCP ${e.data.minScp}–${e.data.maxScp}, panel ${e.data.panelDate}`,
    JobEvaluationApproved: (e, l) => `${who(e, l)} approved grade ${e.data.grade} for ${quoted(nameOf(l, l.jdPosts.get(e.streamName), 'a post'))}`,
  },
});
