import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../lib/graphql';
import { functionDesignOptions } from './design.queries';

// One option of the design, with the design's revision, or NOT_FOUND as the API would answer.
export function useDesignOption(programmeId: string, optionId: string) {
  return useQuery({
    ...functionDesignOptions(programmeId),
    select: (design) => {
      const option = design.options.find((o) => o.id === optionId);
      if (!option) throw new ApiError('NOT_FOUND', 'This design option is not in the function design.');
      return { option, revision: design.revision, chosenOptionId: design.chosenOptionId };
    },
  });
}
