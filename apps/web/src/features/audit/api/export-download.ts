import { downloadFile } from '../../../lib/download';

// The decision register of one council, sealed by a fresh checkpoint on the server.
export const downloadDecisionRegister = (authorityId: string, kind: 'csv' | 'jsonl'): Promise<string> =>
  downloadFile(
    `/exports/authorities/${encodeURIComponent(authorityId)}/decisions.${kind}`,
    kind === 'csv' ? 'text/csv' : 'application/jsonl',
    `decisions.${kind}`,
  );
