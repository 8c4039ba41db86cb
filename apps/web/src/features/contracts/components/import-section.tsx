import { SpreadsheetImport } from '../../../components/spreadsheet-import/spreadsheet-import';
import { columnHeadings } from './import-sheet';
import { useCommand } from '../../../lib/use-command';
import { ImportTargetContractsDocument, afterStageChange } from '../api/contracts.commands';

export function ImportSection({ programmeId }: { programmeId: string }) {
  const mutation = useCommand(ImportTargetContractsDocument, afterStageChange);
  return (
    <SpreadsheetImport
      mutation={mutation}
      variables={(upload) => ({ programmeId, ...upload })}
      intro={
        <>
          <p>
            Import target contracts from an Excel (.xlsx) or CSV file with one contract a row. A contract whose reference is already in the register is updated;
            any other row adds a contract. If any row has a problem, nothing is imported.
          </p>
          <p>
            Write money in pounds (such as 1,200,000.00), dates as 2026-04-01 or 01/04/2026, risk as low, medium or high, and the service and contract manager
            post as OrgLedger names them.
          </p>
        </>
      }
      templateFileName="target-contracts-template.csv"
      columnHeadings={columnHeadings}
      reasonHint="Kept in the decision history, for example: Contracts register extract from Procurement, November 2026."
      submitLabel="Import contracts"
    />
  );
}
