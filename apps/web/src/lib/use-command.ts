import { useMutation, useQueryClient, type QueryKey, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query';
import type { TypedDocumentString } from '../gql/graphql';
import { post } from './graphql';

// A command document has one root field, `mutation X($input: XInput!) { x(input: $input) {...} }`:
// the hook is called with the input and answers with that field's value.
export type CommandAnswer<TResult> = TResult[keyof TResult];
export type CommandInput<TVariables> = TVariables extends { input: infer TInput } ? TInput : void;

// What `useCommand(document)` returns, for a component handed the command by its parent.
export type Command<TDocument> =
  TDocument extends TypedDocumentString<infer TResult, infer TVariables> ? UseMutationResult<CommandAnswer<TResult>, Error, CommandInput<TVariables>> : never;

// What a command refreshes: query keys, or keys worked out from its answer and input.
export type Invalidates<TAnswer, TInput> = readonly QueryKey[] | ((answer: TAnswer, input: TInput) => readonly QueryKey[]);

export type CommandOptions<TAnswer, TInput> = Omit<UseMutationOptions<TAnswer, Error, TInput>, 'mutationFn'> & {
  invalidates?: Invalidates<TAnswer, TInput>;
  // The answer is this query's new state: show it at once, then confirm with a refetch.
  updates?: (answer: TAnswer, input: TInput) => QueryKey;
};

function answerOf<TResult extends object>(data: TResult): CommandAnswer<TResult> {
  const [field] = Object.keys(data) as (keyof TResult)[];
  return data[field!];
}

export function useCommand<TResult extends object, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  { invalidates = [], updates, onSuccess, ...options }: CommandOptions<CommandAnswer<TResult>, CommandInput<TVariables>> = {},
) {
  const queryClient = useQueryClient();
  return useMutation<CommandAnswer<TResult>, Error, CommandInput<TVariables>>({
    ...options,
    mutationFn: (input) => post<TResult>(document.toString(), input === undefined ? {} : { input }).then((data: TResult) => answerOf(data)),
    onSuccess: async (answer, input, ...rest) => {
      await onSuccess?.(answer, input, ...rest);
      const keys = typeof invalidates === 'function' ? invalidates(answer, input) : invalidates;
      const updated = updates?.(answer, input);
      if (updated) queryClient.setQueryData(updated, answer);
      // Wait for fresh answers (also of pages not on screen), so whatever shows next is current.
      await Promise.all([...keys, ...(updated ? [updated] : [])].map((queryKey) => queryClient.invalidateQueries({ queryKey, refetchType: 'all' })));
    },
  });
}
