import '../../components/stage.css';
import './templates.css';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { Loading, Problem } from '../../components/query-status';
import { newCommandId } from '../../lib/command-id';
import { stageProgrammesOptions, type StageProgramme } from '../contracts';
import { templatesOptions, type Template } from './api/templates.queries';
import { templateContents } from './components/template-contents';
import { useCommand } from '../../lib/use-command';
import { RetireTemplateDocument, afterTemplateChange } from './api/templates.commands';
import { SuccessNotice, useFlash, ErrorNotice } from '../../components/notice';

const column = createColumnHelper<Template>();
type ProgrammeRow = StageProgramme & { authorityName: string };
const programmeColumn = createColumnHelper<ProgrammeRow>();
const programmeColumns = [
  programmeColumn.accessor('name', { header: 'Programme', meta: { rowHeader: true } }),
  programmeColumn.accessor('authorityName', { header: 'Authority' }),
  programmeColumn.display({
    id: 'actions',
    header: 'Actions',
    cell: (info) => (
      <ul className="list list--plain templates-actions">
        <li>
          <Link to={`/templates/apply/${info.row.original.id}`}>
            Apply a template<span className="visually-hidden"> to {info.row.original.name}</span>
          </Link>
        </li>
        <li>
          <Link to={`/templates/save/${info.row.original.id}`}>
            Save<span className="visually-hidden"> {info.row.original.name}</span> as a template
          </Link>
        </li>
      </ul>
    ),
  }),
];

export function TemplatesPage() {
  const templates = useQuery(templatesOptions());
  const programmes = useQuery(stageProgrammesOptions());
  const flash = useFlash();
  const [retiring, setRetiring] = useState<Template | null>(null);
  const [retired, setRetired] = useState<string | null>(null);

  const columns = useMemo(
    () => [
      column.accessor('name', { header: 'Template', meta: { rowHeader: true } }),
      column.accessor('description', { header: 'Description', enableSorting: false, cell: (info) => info.getValue() || '–' }),
      column.accessor((t) => templateContents(t), { id: 'contents', header: 'What it sets', enableSorting: false }),
      column.accessor('retired', {
        header: 'Status',
        cell: (info) => (info.getValue() ? <span className="stage-tag">Retired</span> : <span className="stage-tag stage-tag--green">Active</span>),
      }),
      column.display({
        id: 'retire',
        header: 'Action',
        cell: (info) =>
          info.row.original.retired ? (
            '–'
          ) : (
            <Button
              variant="link"
              onPress={() => {
                setRetired(null);
                setRetiring(info.row.original);
              }}
            >
              Retire<span className="visually-hidden"> {info.row.original.name}</span>
            </Button>
          ),
      }),
    ],
    [],
  );

  const programmeRows = useMemo<ProgrammeRow[]>(() => {
    if (!programmes.data) return [];
    const names = new Map(programmes.data.authorities.map((a) => [a.id, a.name]));
    return programmes.data.programmes.map((p) => ({ ...p, authorityName: names.get(p.authorityId) ?? 'Unknown authority' }));
  }, [programmes.data]);

  return (
    <>
      <PageHeading title="Templates">Templates</PageHeading>
      <p className="lead">
        Your consultancy’s set-ups for new programmes: an activity taxonomy, tier rules and capacity assumptions, saved from one programme and applied to the
        next.
      </p>
      <SuccessNotice message={retired ?? flash} />
      <section aria-labelledby="templates-heading">
        <h2 id="templates-heading">Your templates</h2>
        {templates.isPending ? (
          <Loading what="templates" />
        ) : templates.isError ? (
          <Problem error={templates.error} />
        ) : (
          <DataTable
            caption="Templates"
            captionHidden
            data={templates.data}
            columns={columns}
            getRowId={(t) => t.id}
            emptyMessage="No template has been saved yet. Save a programme as a template below."
            initialSorting={[{ id: 'name', desc: false }]}
          />
        )}
        {retiring && (
          <RetireConfirm
            template={retiring}
            onDone={(name) => {
              setRetiring(null);
              if (name) setRetired(`${name} was retired. It stays in the record but can no longer be applied.`);
            }}
          />
        )}
      </section>
      <section aria-labelledby="programmes-heading" className="section">
        <h2 id="programmes-heading">Use templates with a programme</h2>
        {programmes.isPending ? (
          <Loading what="programmes" />
        ) : programmes.isError ? (
          <Problem error={programmes.error} />
        ) : (
          <DataTable
            caption="Programmes"
            captionHidden
            data={programmeRows}
            columns={programmeColumns}
            getRowId={(p) => p.id}
            emptyMessage="No programme has been started yet."
            initialSorting={[{ id: 'name', desc: false }]}
          />
        )}
      </section>
    </>
  );
}

function RetireConfirm({ template, onDone }: { template: Template; onDone: (retiredName: string | null) => void }) {
  const retire = useCommand(RetireTemplateDocument, afterTemplateChange);
  const [commandId] = useState(newCommandId);
  return (
    <div className="confirm templates-retire" role="group" aria-labelledby="retire-confirm">
      <p id="retire-confirm">
        <strong>Are you sure you want to retire {template.name}?</strong> It stays in the record, and programmes that used it keep what they copied, but it can
        no longer be applied.
      </p>
      <div className="button-group">
        <Button
          variant="warning"
          onPress={() => {
            if (!retire.isPending) retire.mutate({ templateId: template.id, commandId }, { onSuccess: () => onDone(template.name) });
          }}
        >
          Yes, retire the template
        </Button>
        <Button variant="secondary" onPress={() => onDone(null)}>
          No, keep it
        </Button>
      </div>
      {retire.isError && <ErrorNotice>{retire.error.message}</ErrorNotice>}
    </div>
  );
}
