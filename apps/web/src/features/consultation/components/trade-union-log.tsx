import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { formatCivilDate, humanise } from '../../../lib/format';
import { newCommandId } from '../../../lib/command-id';
import type { TradeUnionEngagementKind } from '../../../gql/graphql';
import type { ConsultationPlan } from '../api/consultation.queries';
import { useCommand } from '../../../lib/use-command';
import { LogTradeUnionEngagementDocument, afterConsultationChange } from '../api/consultation.commands';
import { ChangeFailureNotice } from '../../../components/notice';

const KINDS: { id: TradeUnionEngagementKind; label: string }[] = [
  { id: 'MEETING', label: 'Meeting' },
  { id: 'LETTER', label: 'Letter to the unions' },
  { id: 'UNION_RESPONSE', label: 'Union response' },
  { id: 'EMPLOYER_RESPONSE', label: 'Employer response' },
];

export function TradeUnionLog({ entries }: { entries: ConsultationPlan['tradeUnionLog'] }) {
  if (entries.length === 0) return <p className="empty-state">No engagement with the unions logged yet.</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">Trade-union engagement log</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Kind</th>
            <th scope="col">With</th>
            <th scope="col">Summary</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.entryId}>
              <th scope="row">{formatCivilDate(e.date)}</th>
              <td>{humanise(e.kind)}</td>
              <td>{e.unions.join(', ')}</td>
              <td>{e.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TradeUnionLogForm({ planId, unions }: { planId: string; unions: readonly string[] }) {
  const log = useCommand(LogTradeUnionEngagementDocument, afterConsultationChange);
  const [commandId, setCommandId] = useState(newCommandId);
  const [date, setDate] = useState('');
  const [kind, setKind] = useState('');
  const [withUnions, setWithUnions] = useState(unions.join(', '));
  const [summary, setSummary] = useState('');
  const [problems, setProblems] = useState<{ fieldId: string; message: string }[]>([]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (log.isPending) return;
    const list = withUnions
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean);
    const found = [
      ...(date ? [] : [{ fieldId: 'tu-date', message: 'Enter the date' }]),
      ...(kind ? [] : [{ fieldId: 'tu-kind', message: 'Choose what kind of engagement it was' }]),
      ...(list.length ? [] : [{ fieldId: 'tu-unions', message: 'Name at least one union' }]),
      ...(summary.trim() ? [] : [{ fieldId: 'tu-summary', message: 'Enter a summary' }]),
    ];
    setProblems(found);
    if (found.length) return;
    log.mutate(
      { planId, date, kind: kind as TradeUnionEngagementKind, unions: list, summary: summary.trim(), commandId },
      {
        onSuccess: () => {
          setSummary('');
          setCommandId(newCommandId());
        },
      },
    );
  }
  const error = (id: string) => problems.find((p) => p.fieldId === id)?.message;

  return (
    <>
      <ErrorSummary problems={problems} />
      <ChangeFailureNotice error={log.error} stale="The plan changed meanwhile: reload the page." />
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <TextField id="tu-date" label="Date" type="date" value={date} onChange={setDate} error={error('tu-date')} />
        <SelectField id="tu-kind" label="Kind" options={KINDS} value={kind} onChange={setKind} placeholder="Choose a kind" error={error('tu-kind')} />
        <TextField id="tu-unions" label="With" hint="Union names, separated by commas" value={withUnions} onChange={setWithUnions} error={error('tu-unions')} />
        <TextAreaField id="tu-summary" label="Summary" value={summary} onChange={setSummary} error={error('tu-summary')} />
        <Button type="submit">Log the engagement</Button>
      </Form>
    </>
  );
}
