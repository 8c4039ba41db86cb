// This context as the rest of the domain sees it (tools/registries collects every context.ts): the
// stored versions of its events, one audit sentence per event, the GraphQL kind of each error code.
import { defineContext } from '../shared/registration';
import { actorPhrase as who, count, fte, humanise, money, nameOf, quoted, type Lexicon } from '../shared/describing';
import { functionDesignErrorKinds } from './errors';
import { functionDesignUpcasters } from './upcasters';

const option = (id: string, l: Lexicon) => quoted(nameOf(l, id, 'unnamed option'));

export const context = defineContext({
  upcasters: functionDesignUpcasters,
  errorKinds: functionDesignErrorKinds,
  describers: {
    DesignOptionDrafted: (e, l) =>
      `${who(e, l)} drafted the design option ${quoted(e.data.name)} with ${count(e.data.posts.length, 'post')}${e.data.copiedFromOptionId ? `, copied from ${option(e.data.copiedFromOptionId, l)}` : ''}`,
    DesignOptionRenamed: (e, l) => `${who(e, l)} renamed the design option ${option(e.data.optionId, l)} to ${quoted(e.data.name)}`,
    DesignPostAdded: (e, l) =>
      `${who(e, l)} added the post ${quoted(e.data.post.title)} (grade ${e.data.post.grade}, ${fte(e.data.post.fte)}, ${money(e.data.post.indicativeCostPence)}${e.data.post.apprenticeship ? ', an apprenticeship' : ''}) to ${option(e.data.optionId, l)}`,
    DesignPostRevised: (e, l) =>
      `${who(e, l)} revised the post ${quoted(nameOf(l, e.data.post.designPostId, e.data.post.title))} in ${option(e.data.optionId, l)}: ${(e.data.changed as string[]).map(humanise).join(', ') || 'no field'} changed${e.data.refinesChosenOption ? ' (after the option was chosen)' : ''}`,
    DesignPostRemoved: (e, l) =>
      `${who(e, l)} removed the post ${quoted(nameOf(l, e.data.designPostId, 'unnamed'))} from ${option(e.data.optionId, l)}${e.data.reassignedReports.length ? `; ${count(e.data.reassignedReports.length, 'report')} now report to ${nameOf(l, e.data.reportsNowTo, 'nobody (they became heads)')}` : ''}`,
    DesignOptionChosen: (e, l) =>
      `${who(e, l)} chose the design option ${option(e.data.optionId, l)}${e.data.previousOptionId ? ` instead of ${option(e.data.previousOptionId, l)}` : ''}: ${e.data.reason}`,
    FunctionGoLiveDateSet: (e, l) =>
      `${who(e, l)} set the function's go-live date to ${e.data.goLiveDate}${e.data.previousGoLiveDate ? ` (was ${e.data.previousGoLiveDate})` : ''}: ${e.data.reason}`,
  },
});
