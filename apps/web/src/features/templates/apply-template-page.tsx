import '../../components/stage.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { Loading, Problem } from '../../components/query-status';
import { SelectField } from '../../components/select-field';
import { newCommandId } from '../../lib/command-id';
import { type StageContext, StagePage } from '../contracts';
import { templatesOptions, type Template } from './api/templates.queries';
import { templateContents } from './components/template-contents';
import { TemplateHeader } from './components/template-header';
import { useCommand } from '../../lib/use-command';
import { ApplyTemplateDocument } from './api/templates.commands';
import { ErrorNotice } from '../../components/notice';

export function ApplyTemplatePage() {
  return <StagePage backTo="/templates" backLabel="Go to the templates" page={ApplyTemplate} />;
}

function ApplyTemplate({ context }: { context: StageContext }) {
  const templates = useQuery(templatesOptions());
  return (
    <>
      <TemplateHeader context={context} current="Apply a template">
        Apply a template
      </TemplateHeader>
      {templates.isPending ? (
        <Loading what="templates" />
      ) : templates.isError ? (
        <Problem error={templates.error} />
      ) : (
        <ApplyForm context={context} templates={templates.data.filter((t) => !t.retired)} />
      )}
    </>
  );
}

// Two steps: choose, then confirm what is replaced, because applying cannot be undone by a button.
function ApplyForm({ context, templates }: { context: StageContext; templates: Template[] }) {
  const navigate = useNavigate();
  // A template replaces the taxonomy (activity analysis), the tier rules (contracts) and the capacity
  // assumptions: every section that shows the programme is stale, so refresh them all.
  const queryClient = useQueryClient();
  const apply = useCommand(ApplyTemplateDocument, { onSuccess: () => queryClient.invalidateQueries() });
  const [templateId, setTemplateId] = useState('');
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [commandId] = useState(newCommandId);
  const chosen = templates.find((t) => t.id === templateId);
  const programme = context.programme;

  if (templates.length === 0) {
    return (
      <p className="empty-state">
        There is no active template to apply. <Link to="/templates">Go to the templates</Link>
      </p>
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(templateId ? undefined : 'Select the template to apply');
    if (templateId) setConfirming(true);
  }

  return (
    <>
      <p className="lead">A template sets the programme up from your consultancy’s earlier work.</p>
      <ErrorSummary problems={error ? [{ fieldId: 'template', message: error }] : []} />
      {!confirming ? (
        <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
          <SelectField
            id="template"
            label="Template"
            placeholder="Choose a template"
            options={templates.map((t) => ({ id: t.id, label: t.name }))}
            value={templateId}
            onChange={setTemplateId}
            error={error}
          />
          {chosen && <p className="hint">It sets: {templateContents(chosen)}.</p>}
          <Button type="submit">Continue</Button>
        </Form>
      ) : (
        chosen && (
          <div className="confirm" role="group" aria-labelledby="apply-confirm">
            <h2 id="apply-confirm">
              Apply {chosen.name} to {programme.name}?
            </h2>
            <div className="stage-warning">
              <span className="stage-warning__icon" aria-hidden="true">
                !
              </span>
              <p>
                <span className="visually-hidden">Warning: </span>
                This replaces the programme’s activity taxonomy, tier rules and capacity assumptions with the template’s.
              </p>
            </div>
            <ul className="list list--bullet">
              <li>It sets: {templateContents(chosen)}.</li>
              <li>Activity returns already made still count: the activities they named are kept, retired, so their time stays in the analysis.</li>
              <li>Every target contract is re-tiered under the template’s tier rules, and the capacity model changes with them.</li>
            </ul>
            <div className="button-group">
              <Button
                variant="warning"
                onPress={() => {
                  if (apply.isPending) return;
                  apply.mutate(
                    { programmeId: programme.id, templateId: chosen.id, commandId },
                    { onSuccess: () => navigate(`/capacity/${programme.id}`, { state: { flash: `${chosen.name} was applied to ${programme.name}.` } }) },
                  );
                }}
              >
                Yes, replace the set-up
              </Button>
              <Button variant="secondary" onPress={() => setConfirming(false)}>
                No, go back
              </Button>
            </div>
            <p role="status" className="hint">
              {apply.isPending ? 'Applying…' : ''}
            </p>
            {apply.isError && <ErrorNotice>{apply.error.message}</ErrorNotice>}
          </div>
        )
      )}
    </>
  );
}
