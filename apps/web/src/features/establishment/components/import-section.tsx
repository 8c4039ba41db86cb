import { SpreadsheetImport } from '../../../components/spreadsheet-import/spreadsheet-import';
import { columnHeadings } from './import-sheet';
import { useCommand } from '../../../lib/use-command';
import { ImportPostsDocument, afterEstablishmentChange } from '../api/establishment.commands';

export function ImportSection({ authorityId }: { authorityId: string }) {
  const mutation = useCommand(ImportPostsDocument, afterEstablishmentChange);
  return (
    <SpreadsheetImport
      mutation={mutation}
      variables={(upload) => ({ authorityId, ...upload })}
      intro={
        <p>
          Import the whole establishment, or part of it, from an Excel (.xlsx) or CSV file with one post a row. A post whose reference is already here is
          updated; any other row adds a post. If any row has a problem, nothing is imported.
        </p>
      }
      templateFileName="establishment-template.csv"
      columnHeadings={columnHeadings}
      reasonHint="Kept in the decision history, for example: Establishment extract from the HR system, October 2026."
      submitLabel="Import posts"
    />
  );
}
