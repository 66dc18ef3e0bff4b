import { useEffect, useId, useRef, useState, type DragEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptsFile, formatFileSize } from './fileRules';

interface FileButtonProps {
  /** What the button says ("Choose file", "Add image"). */
  text: string;
  /** The input's accessible name, when it is not the button text (e.g. the field label's id). */
  labelledBy?: string;
  ariaLabel?: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
  testId?: string;
  /** Lets the owner empty the input, so choosing the same file again still reports it. */
  inputRef?: Ref<HTMLInputElement>;
  /** The id of the error that explains why the choice is wanted or refused. */
  errorId?: string;
}

/**
 * A file input drawn as a small button (FilePicker's, ImagePicker's): the real input stays in the
 * tab order, visually hidden, so Tab reaches it, Enter/Space open the dialog, and its focus ring
 * shows on the button (styles.css).
 */
export function FileButton({ text, labelledBy, ariaLabel, accept, disabled, onFile, testId, inputRef, errorId }: FileButtonProps) {
  const id = useId();
  return (
    <>
      <input
        id={id}
        ref={inputRef}
        className="visually-hidden"
        type="file"
        accept={accept}
        disabled={disabled}
        aria-labelledby={labelledBy}
        aria-label={ariaLabel}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
        }}
        data-testid={testId}
      />
      <label htmlFor={id} className="button button-secondary button-small">
        {text}
      </label>
    </>
  );
}

interface FilePickerProps {
  /** The field's label, also the input's accessible name: "Import file (.xlsx or .csv)". */
  label: string;
  /** As on `<input type="file">`: extensions and MIME types, comma-separated. Drops are checked against it. */
  accept: string;
  file: File | null;
  /** The chosen or dropped file; null when cleared. */
  onChange: (file: File | null) => void;
  /** Why a file is wanted (e.g. the form was sent without one); shown while none is chosen, tied to the input for screen readers. */
  error?: string;
  disabled?: boolean;
  nameTestId?: string;
}

/**
 * A labelled file field: a "Choose file" button, the chosen file's name and size with a way to
 * clear it, and a drop zone for a file dragged onto it. Controlled: the owner keeps the File.
 * Styles: `.file-picker` in styles.css.
 */
export function FilePicker({ label, accept, file, onChange, error, disabled, nameTestId }: FilePickerProps) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const shownError = refused ?? (file ? undefined : error);

  // A cleared or submitted field lets the same file be chosen again.
  useEffect(() => {
    if (!file && input.current) input.current.value = '';
  }, [file]);

  function choose(next: File | null) {
    setRefused(null);
    onChange(next);
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (!dropped || disabled) return;
    if (acceptsFile(dropped, accept)) choose(dropped);
    else setRefused(t('filePicker.wrongType', { name: dropped.name }));
  }

  return (
    <div className={shownError ? 'field field-invalid' : 'field'}>
      <span id={labelId} className="field-label">
        {label}
      </span>
      <div
        className={dragging ? 'file-picker file-picker-dragging' : 'file-picker'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <FileButton text={t('filePicker.choose')} labelledBy={labelId} accept={accept} disabled={disabled} onFile={choose} inputRef={input} errorId={shownError ? `${labelId}-error` : undefined} />
        <span className={file ? 'file-name' : 'file-name muted'} data-testid={nameTestId}>
          {file ? file.name : t('filePicker.none')}
        </span>
        {file ? (
          <>
            <span className="file-size muted">{formatFileSize(file.size, i18n.language)}</span>
            <button type="button" className="icon-button" aria-label={t('filePicker.clear', { name: file.name })} onClick={() => choose(null)} disabled={disabled}>
              <span aria-hidden="true">×</span>
            </button>
          </>
        ) : (
          <span className="file-drop-hint muted">{t('filePicker.drop')}</span>
        )}
      </div>
      {shownError && (
        <p className="field-error" id={`${labelId}-error`} role="alert">
          {shownError}
        </p>
      )}
    </div>
  );
}
