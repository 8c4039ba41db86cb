import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseFteText } from './units';
import { ApiError } from './graphql';
import { serverFieldError, useFormState, type FormRead, type ServerFieldError } from './use-form-state';

type Values = { title: string; fte: string; reason: string };
type Field = keyof Values;
type Fields = { title: string; fte: number };

function read(values: Values): FormRead<Fields, Field> {
  const errors: Partial<Record<Field, string>> = {};
  const fte = parseFteText(values.fte);
  if (!values.title.trim()) errors.title = 'Enter the job title';
  if (!fte.ok) errors.fte = fte.error;
  return fte.ok && !errors.title ? { fields: { title: values.title.trim(), fte: fte.value } } : { errors };
}

const submitEvent = () => ({ preventDefault: vi.fn() });

function setup(options: { isPending?: boolean; serverError?: ServerFieldError<Field> } = {}) {
  const onValid = vi.fn();
  const hook = renderHook(
    (props: typeof options) =>
      useFormState({
        initialValues: { title: '', fte: '', reason: '' },
        read,
        fieldOrder: ['title', 'fte', 'reason'],
        fieldId: (field) => `post-${field}`,
        onValid,
        ...props,
      }),
    { initialProps: options },
  );
  return { ...hook, onValid };
}

describe('useFormState', () => {
  it('given text that does not read, when submitted, then each field shows its problem in screen order and nothing is sent', () => {
    const { result, onValid } = setup();
    act(() => result.current.set('fte')('0.6.1'));

    act(() => result.current.handleSubmit(submitEvent()));

    expect(onValid).not.toHaveBeenCalled();
    expect(result.current.problems).toEqual([
      { fieldId: 'post-title', message: 'Enter the job title' },
      { fieldId: 'post-fte', message: 'FTE must be a number, such as 1 or 0.6' },
    ]);
    expect(result.current.field('fte')).toMatchObject({ id: 'post-fte', value: '0.6.1', error: 'FTE must be a number, such as 1 or 0.6' });
  });

  it('given good text, when submitted, then the fields are sent with FTE as whole thousandths', () => {
    const { result, onValid } = setup();
    act(() => result.current.field('title').onChange('Contract manager'));
    act(() => result.current.field('fte').onChange('0.6'));

    act(() => result.current.handleSubmit(submitEvent()));

    expect(onValid).toHaveBeenCalledWith({ title: 'Contract manager', fte: 600 }, { title: 'Contract manager', fte: '0.6', reason: '' });
    expect(result.current.problems).toEqual([]);
  });

  it('given a save under way, when submitted again, then nothing is sent twice', () => {
    const { result, onValid } = setup({ isPending: true });
    act(() => result.current.set('title')('Contract manager'));
    act(() => result.current.set('fte')('1'));

    act(() => result.current.handleSubmit(submitEvent()));

    expect(onValid).not.toHaveBeenCalled();
  });

  it('given the API refused one field, then it shows against that field unless the form has problems of its own', () => {
    const serverError = { field: 'title' as const, message: 'A post with this reference already exists' };
    const { result, rerender } = setup({ serverError });
    expect(result.current.problems).toEqual([{ fieldId: 'post-title', message: 'A post with this reference already exists' }]);

    act(() => result.current.handleSubmit(submitEvent()));
    rerender({ serverError });

    expect(result.current.errors.title).toBe('Enter the job title');
    expect(result.current.problems.map((p) => p.fieldId)).toEqual(['post-title', 'post-fte']);
  });
});

describe('serverFieldError', () => {
  it("given a refusal naming an input key the form knows, then it is that field's problem, and otherwise the form's", () => {
    const apiFields = { postTitle: 'title' as const };
    const refused = (field?: string) => new ApiError('BAD_USER_INPUT', 'Titles are at most 120 characters', 'INVALID_INPUT', field ? { field } : undefined);
    expect(serverFieldError(refused('postTitle'), apiFields)).toEqual({ field: 'title', message: 'Titles are at most 120 characters' });
    expect(serverFieldError(refused('budget'), apiFields)).toBeNull();
    expect(serverFieldError(refused(), apiFields)).toBeNull();
    expect(serverFieldError(new Error('offline'), apiFields)).toBeNull();
  });
});
