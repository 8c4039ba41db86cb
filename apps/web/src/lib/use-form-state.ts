import { useState } from 'react';
import { ApiError } from './graphql';

// What a form's `read` makes of its text: the typed fields (money and FTE as integers, through
// lib/units), or a message for each field that is wrong.
export type FormErrors<TField extends string> = Partial<Record<TField, string>>;
export type FormRead<TFields, TField extends string> = { fields?: TFields; errors?: FormErrors<TField> };

// A problem the API found with one field, shown against that field.
export type ServerFieldError<TField extends string> = { field: TField; message: string } | null | undefined;

// The API names the field it refused by its input key (`details.field`); `apiFields` maps those
// keys to the form's fields. Any other failure is the form's to show as a whole.
export function serverFieldError<TField extends string>(error: unknown, apiFields: Readonly<Record<string, TField>>): ServerFieldError<TField> {
  if (!(error instanceof ApiError)) return null;
  const field = typeof error.details?.field === 'string' ? apiFields[error.details.field] : undefined;
  return field ? { field, message: error.message } : null;
}

export type FormStateOptions<TValues, TField extends string, TFields> = {
  initialValues: TValues;
  read: (values: TValues) => FormRead<TFields, TField>;
  // The order the error summary lists problems in: the order of the fields on screen.
  fieldOrder: readonly TField[];
  fieldId: (field: TField) => string;
  onValid: (fields: TFields, values: TValues) => void;
  isPending?: boolean;
  serverError?: ServerFieldError<TField>;
};

export function useFormState<TValues, TField extends string, TFields>({
  initialValues,
  read,
  fieldOrder,
  fieldId,
  onValid,
  isPending = false,
  serverError,
}: FormStateOptions<TValues, TField, TFields>) {
  const [values, setValues] = useState<TValues>(initialValues);
  const [errors, setErrors] = useState<FormErrors<TField>>({});
  const set =
    <K extends keyof TValues>(key: K) =>
    (value: TValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  function handleSubmit(event: { preventDefault(): void }) {
    event.preventDefault();
    if (isPending) return;
    const result = read(values);
    setErrors(result.errors ?? {});
    if (result.fields) onValid(result.fields, values);
  }

  // The API's word on a field counts only once the form itself finds nothing wrong.
  const shown: FormErrors<TField> = serverError && Object.keys(errors).length === 0 ? { ...errors, [serverError.field]: serverError.message } : errors;
  const problems = fieldOrder.filter((f) => shown[f]).map((f) => ({ fieldId: fieldId(f), message: shown[f]! }));
  // The props of a field bound to one value: `<TextField {...field('title')} label="Title" />`.
  const field = <K extends keyof TValues & TField>(key: K) => ({ id: fieldId(key), value: values[key], onChange: set(key), error: shown[key] });

  return { values, set, errors: shown, problems, handleSubmit, field };
}
