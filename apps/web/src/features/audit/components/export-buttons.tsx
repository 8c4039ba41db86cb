import { useMutation } from '@tanstack/react-query';
import { Button } from '../../../components/button';
import { downloadDecisionRegister } from '../api/export-download';

// Each download is sealed by a fresh checkpoint; verify it offline with `orgledger verify-export`.
export function ExportButtons({ authorityId, authorityName }: { authorityId: string; authorityName: string }) {
  const download = useMutation({ mutationFn: (kind: 'csv' | 'jsonl') => downloadDecisionRegister(authorityId, kind) });
  return (
    <div className="audit-export">
      <div className="button-group">
        <Button variant="secondary" isDisabled={download.isPending} onPress={() => download.mutate('csv')}>
          Download CSV<span className="visually-hidden"> of the decision register of {authorityName}</span>
        </Button>
        <Button variant="secondary" isDisabled={download.isPending} onPress={() => download.mutate('jsonl')}>
          Download JSON Lines<span className="visually-hidden"> of the decision register of {authorityName}</span>
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {download.isPending && <p>Sealing and preparing the export…</p>}
        {download.isSuccess && <p>Downloaded {download.data}. It ends with the signed checkpoint that covers it.</p>}
      </div>
      {download.isError && (
        <p className="notice notice--error" role="alert">
          {download.error.message}
        </p>
      )}
    </div>
  );
}
