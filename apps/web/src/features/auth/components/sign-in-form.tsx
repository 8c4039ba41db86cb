import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/text-field';
import { validateSignIn, type SignInErrors, type SignInValues } from './validate-sign-in';
import { SubmitButton } from '../../../components/submit-button';
import { ErrorNotice } from '../../../components/notice';

export type SignInFormProps = {
  onSubmit: (values: SignInValues) => void;
  isPending?: boolean;
  /** A failure reported by the server, shown above the form. */
  failure?: string | null;
};

const fieldIds = { email: 'sign-in-email', password: 'sign-in-password' } as const;

export function SignInForm({ onSubmit, isPending = false, failure }: SignInFormProps) {
  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const [errors, setErrors] = useState<SignInErrors>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const found = validateSignIn(values);
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit({ email: values.email.trim(), password: values.password });
  }

  const problems = (Object.keys(fieldIds) as (keyof SignInValues)[])
    .filter((field) => errors[field])
    .map((field) => ({ fieldId: fieldIds[field], message: errors[field]! }));

  return (
    <>
      <ErrorSummary problems={problems} />
      {failure && problems.length === 0 && <ErrorNotice>{failure}</ErrorNotice>}
      <Form onSubmit={handleSubmit} validationBehavior="aria" className="form" aria-label="Sign in">
        <TextField
          id={fieldIds.email}
          label="Email address"
          type="email"
          name="email"
          autoComplete="username"
          isRequired
          value={values.email}
          onChange={(email) => setValues((v) => ({ ...v, email }))}
          error={errors.email}
        />
        <TextField
          id={fieldIds.password}
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          isRequired
          value={values.password}
          onChange={(password) => setValues((v) => ({ ...v, password }))}
          error={errors.password}
        />
        {/* Not react-aria's isPending: its announcement points at the button, which is gone once
            sign-in succeeds, leaving an unlabelled role="img" behind (axe: role-img-alt). */}
        <SubmitButton status={isPending ? 'Signing you in…' : ''}>Sign in</SubmitButton>
      </Form>
    </>
  );
}
