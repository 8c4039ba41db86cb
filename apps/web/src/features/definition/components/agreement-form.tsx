import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { newCommandId } from '../../../lib/command-id';
import type { Definition } from '../api/definition.queries';
import { agreementProblems, type AgreementErrors, type AgreementValues } from './definition-forms';
import { useCommand } from '../../../lib/use-command';
import { RecordDefinitionAgreementDocument, showsDefinition } from '../api/definition.commands';
import { SubmitButton } from '../../../components/submit-button';
import { ErrorNotice } from '../../../components/notice';

const ids = { name: 'agreement-name', role: 'agreement-role' } as const;
const empty: AgreementValues = { name: '', role: '' };

export function AgreementForm({ definition, version, onRecorded }: { definition: Definition; version: number; onRecorded: (name: string) => void }) {
  const record = useCommand(RecordDefinitionAgreementDocument, showsDefinition);
  const [values, setValues] = useState<AgreementValues>(empty);
  const [errors, setErrors] = useState<AgreementErrors>({});
  const [commandId, setCommandId] = useState(newCommandId);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const found = agreementProblems(
      values,
      definition.agreements.map((a) => a.stakeholderName),
    );
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const stakeholderName = values.name.trim();
    record.mutate(
      { programmeId: definition.programmeId, version, stakeholderName, stakeholderRole: values.role.trim(), commandId },
      {
        onSuccess: () => {
          setValues(empty);
          setCommandId(newCommandId());
          onRecorded(stakeholderName);
        },
      },
    );
  }

  const problems = (['name', 'role'] as const).filter((k) => errors[k]).map((k) => ({ fieldId: ids[k], message: errors[k]! }));
  return (
    <>
      <ErrorSummary problems={problems} />
      {record.isError && <ErrorNotice>{record.error.message}</ErrorNotice>}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form" aria-labelledby="agree-heading">
        <TextField
          id={ids.name}
          label="Name"
          hint="The stakeholder who agreed, such as the head of procurement."
          value={values.name}
          onChange={(name) => setValues((v) => ({ ...v, name }))}
          error={errors.name}
          isRequired
        />
        <TextField
          id={ids.role}
          label="Role"
          hint="Such as Procurement lead or Subject-matter expert."
          value={values.role}
          onChange={(role) => setValues((v) => ({ ...v, role }))}
          error={errors.role}
          isRequired
        />
        <SubmitButton status={record.isPending ? 'Saving…' : ''}>Record agreement to version {version}</SubmitButton>
      </Form>
    </>
  );
}
