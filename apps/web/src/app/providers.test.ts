import { describe, expect, it } from 'vitest';
import { taskKeys } from '../features/tasks';
import { createQueryClient } from './providers';

describe('the query client', () => {
  it('marks what awaits the user stale after any successful change, so home never shows a task just done', async () => {
    const client = createQueryClient();
    client.setQueryData(taskKeys.awaitingMe(), [{ kind: 'HANDOVER', title: 'Accept the plan' }]);
    expect(client.getQueryState(taskKeys.awaitingMe())?.isInvalidated).toBe(false);

    await client
      .getMutationCache()
      .build(client, { mutationFn: async () => 'accepted' })
      .execute(undefined);

    expect(client.getQueryState(taskKeys.awaitingMe())?.isInvalidated).toBe(true);
  });

  it('leaves them alone when a change is refused', async () => {
    const client = createQueryClient();
    client.setQueryData(taskKeys.awaitingMe(), []);
    const refused = client.getMutationCache().build(client, {
      mutationFn: async () => {
        throw new Error('refused');
      },
    });
    await expect(refused.execute(undefined)).rejects.toThrow('refused');
    expect(client.getQueryState(taskKeys.awaitingMe())?.isInvalidated).toBe(false);
  });
});
