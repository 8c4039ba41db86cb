import type { Ref } from 'react';

type FileFieldProps = {
  id: string;
  label: string;
  hint: string;
  accept: string;
  error?: string | null;
  inputRef: Ref<HTMLInputElement>;
  // Bumped after a success, so the next upload starts from a choice, not the last file.
  resetKey: number;
  name?: string;
};

// A file input with its label, hint and error, as the other fields show theirs.
export function FileField({ id, label, hint, accept, error, inputRef, resetKey, name }: FileFieldProps) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        key={resetKey}
        ref={inputRef}
        id={id}
        name={name}
        type="file"
        accept={accept}
        className="file-input"
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
