import { useTranslation } from 'react-i18next';
import { ImagePicker } from './ImagePicker';
import { MAX_OPTIONS, MIN_OPTIONS, newOption, OPTION_LETTERS, type OptionDraft } from './questionForm';

interface OptionsEditorProps {
  options: OptionDraft[];
  correctIndex: number | null;
  /** About the options as a whole: how many, which is correct. */
  error?: string;
  /** Per option, by index: what is wrong with its text. */
  optionErrors?: (string | undefined)[];
  onChange: (options: OptionDraft[], correctIndex: number | null) => void;
}

/** 2 to 8 options, each with a radio marking it as the single correct answer. */
export function OptionsEditor({ options, correctIndex, error, optionErrors = [], onChange }: OptionsEditorProps) {
  const { t } = useTranslation();

  function remove(index: number) {
    const correct = correctIndex === null || correctIndex === index ? null : correctIndex > index ? correctIndex - 1 : correctIndex;
    onChange(options.filter((_, i) => i !== index), correct);
  }

  function edit(index: number, changes: Partial<OptionDraft>) {
    onChange(options.map((option, i) => (i === index ? { ...option, ...changes } : option)), correctIndex);
  }

  return (
    <fieldset className={error ? 'form-section options-editor field-invalid' : 'form-section options-editor'} aria-describedby={error ? 'options-error' : undefined}>
      <legend>{t('authoring.question.options')}</legend>
      <p className="field-hint">{t('authoring.question.optionsHint', { min: MIN_OPTIONS, max: MAX_OPTIONS })}</p>
      <ol className="option-rows">
        {options.map((option, index) => {
          const letter = OPTION_LETTERS[index]!;
          const textError = optionErrors[index];
          return (
            <li key={option.key} className="option-row" data-testid={`option-editor-${letter}`}>
              <label className="option-correct" title={t('authoring.question.markCorrect', { letter })}>
                <input type="radio" name="correct-option" checked={correctIndex === index} onChange={() => onChange(options, index)} />
                <span className="visually-hidden">{t('authoring.question.markCorrect', { letter })}</span>
              </label>
              <span className="option-letter" aria-hidden="true">
                {letter}
              </span>
              <textarea
                rows={1}
                aria-label={t('authoring.question.optionText', { letter })}
                aria-invalid={textError ? true : undefined}
                aria-describedby={textError ? `option-error-${letter}` : undefined}
                value={option.text}
                onChange={(event) => edit(index, { text: event.target.value })}
              />
              <ImagePicker small imageId={option.imageId} alt={t('images.optionAlt', { letter })} onChange={(imageId) => edit(index, { imageId })} />
              <button
                type="button"
                className="icon-button"
                aria-label={t('authoring.question.removeOption', { letter })}
                disabled={options.length <= MIN_OPTIONS}
                onClick={() => remove(index)}
              >
                <span aria-hidden="true">×</span>
              </button>
              {textError && (
                <p className="field-error option-error" id={`option-error-${letter}`}>
                  {textError}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {error && (
        <p className="field-error" id="options-error">
          {error}
        </p>
      )}
      <div>
        <button
          type="button"
          className="button button-small button-secondary"
          disabled={options.length >= MAX_OPTIONS}
          onClick={() => onChange([...options, newOption()], correctIndex)}
        >
          {t('authoring.question.addOption')}
        </button>
      </div>
    </fieldset>
  );
}
