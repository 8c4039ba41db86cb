import type { DesignOption, DesignPost } from './design-post';
import type { FunctionDesignEvent } from './events';

// Options in the order they were drafted. The state doubles as the read model.
// goLiveDate: the day the function starts, once decided (costs before it are nil).
export type FunctionDesignState = { options: DesignOption[]; chosenOptionId: string | null; chosenReason: string | null; goLiveDate: string | null };

export const initialFunctionDesignState: FunctionDesignState = { options: [], chosenOptionId: null, chosenReason: null, goLiveDate: null };

const withOption = (state: FunctionDesignState, optionId: string, change: (o: DesignOption) => DesignOption): FunctionDesignState => ({
  ...state,
  options: state.options.map((o) => (o.optionId === optionId ? change(o) : o)),
});

const withPosts = (state: FunctionDesignState, optionId: string, change: (posts: DesignPost[]) => DesignPost[]) =>
  withOption(state, optionId, (o) => ({ ...o, posts: change(o.posts) }));

export const evolveFunctionDesign = (state: FunctionDesignState, event: FunctionDesignEvent): FunctionDesignState => {
  switch (event.type) {
    case 'DesignOptionDrafted': {
      const { optionId, name, description, posts } = event.data;
      return { ...state, options: [...state.options, { optionId, name, description, posts }] };
    }
    case 'DesignOptionRenamed':
      return withOption(state, event.data.optionId, (o) => ({ ...o, name: event.data.name, description: event.data.description }));
    case 'DesignPostAdded':
      return withPosts(state, event.data.optionId, (posts) => [...posts, event.data.post]);
    case 'DesignPostRevised': {
      const { post } = event.data;
      return withPosts(state, event.data.optionId, (posts) => posts.map((p) => (p.designPostId === post.designPostId ? post : p)));
    }
    case 'DesignPostRemoved': {
      const { designPostId, reassignedReports, reportsNowTo } = event.data;
      return withPosts(state, event.data.optionId, (posts) =>
        posts.filter((p) => p.designPostId !== designPostId).map((p) => (reassignedReports.includes(p.designPostId) ? { ...p, reportsTo: reportsNowTo } : p)),
      );
    }
    case 'DesignOptionChosen':
      return { ...state, chosenOptionId: event.data.optionId, chosenReason: event.data.reason };
    case 'FunctionGoLiveDateSet':
      return { ...state, goLiveDate: event.data.goLiveDate };
    default:
      return state;
  }
};
