import { ApiError } from '../../../lib/graphql';
import { getSession } from '../../../lib/session';

// The export routes take the same bearer token as GraphQL, so the file is fetched and then saved.
export async function downloadDecisionRegister(authorityId: string, kind: 'csv' | 'jsonl'): Promise<string> {
  const session = getSession();
  const response = await fetch(`/exports/authorities/${encodeURIComponent(authorityId)}/decisions.${kind}`, {
    headers: { accept: kind === 'csv' ? 'text/csv' : 'application/jsonl', ...(session ? { authorization: `Bearer ${session.token}` } : {}) },
  }).catch(() => {
    throw new ApiError('NETWORK_ERROR', 'We could not reach OrgLedger. Check your connection and try again.');
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] };
    throw new ApiError(
      response.status === 404 ? 'NOT_FOUND' : response.status === 403 ? 'FORBIDDEN' : 'INTERNAL_SERVER_ERROR',
      body.errors?.[0]?.message ?? `OrgLedger answered ${response.status}.`,
    );
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `decisions.${kind}`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
