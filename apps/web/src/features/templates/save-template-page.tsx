import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { newCommandId } from '../../lib/command-id';
import { type StageContext, StagePage } from '../contracts';
import { TemplateHeader } from './components/template-header';
import { useCommand } from '../../lib/use-command';
import { SaveProgrammeAsTemplateDocument, afterTemplateChange } from './api/templates.commands';
import { SubmitButton } from '../../components/submit-button';
import { ErrorNotice } from '../../components/notice';

const ids = { name: 'template-name', description: 'template-description' } as const;

export function SaveTemplatePage() {
  return <StagePage backTo="/templates" backLabel="Go to the templates" page={SaveTemplate} />;
}

function SaveTemplate({ context }: { context: StageContext }) {
  const navigate = useNavigate();
  const save = useCommand(SaveProgrammeAsTemplateDocument, afterTemplateChange);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<{ name?: string; description?: string }>({});
  const [commandId] = useState(newCommandId);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const found = {
      name: name.trim() === '' ? 'Enter a name for the template' : [...name.trim()].length > 120 ? 'The name must be 120 characters or fewer' : undefined,
      description: [...description.trim()].length > 1000 ? 'The description must be 1,000 characters or fewer' : undefined,
    };
    setErrors(found);
    if (found.name || found.description) return;
    save.mutate(
      { programmeId: context.programme.id, name: name.trim(), description: description.trim() || null, commandId },
      { onSuccess: (t) => navigate('/templates', { state: { flash: `${t.name} was saved as a template.` } }) },
    );
  }

  const problems = (['name', 'description'] as const).filter((k) => errors[k]).map((k) => ({ fieldId: ids[k], message: errors[k]! }));
  return (
    <>
      <TemplateHeader context={context} current="Save as a template">
        Save this programme as a template
      </TemplateHeader>
      <p className="lead">
        The template keeps {context.programme.name}’s activity taxonomy, tier rules and capacity assumptions as they stand now, for your consultancy’s next
        programme. Nothing about the council itself is copied.
      </p>
      <ErrorSummary problems={problems} />
      {save.isError && <ErrorNotice>{save.error.message}</ErrorNotice>}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form">
        <TextField
          id={ids.name}
          label="Template name"
          hint="Such as County contract-management function."
          value={name}
          onChange={setName}
          error={errors.name}
          isRequired
        />
        <TextAreaField
          id={ids.description}
          label="Description (optional)"
          hint="When to use it."
          value={description}
          onChange={setDescription}
          error={errors.description}
        />
        <SubmitButton status={save.isPending ? 'Saving…' : ''}>Save as a template</SubmitButton>
      </Form>
    </>
  );
}
