import { asOfHeaders } from './as-of';
import { ApiError } from './graphql';
import { getSession } from './session';

// The download routes take the same bearer token as GraphQL, so the file is fetched and then saved
// under the name the server gives it; `asOf` sends the moment being viewed, for a file of the
// figures as they stood then. Returns the file's name.
export async function downloadFile(path: string, accept: string, fallbackName: string, { asOf = false } = {}): Promise<string> {
  const session = getSession();
  const response = await fetch(path, {
    headers: { accept, ...(session ? { authorization: `Bearer ${session.token}`, ...(asOf ? asOfHeaders() : {}) } : {}) },
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
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
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
