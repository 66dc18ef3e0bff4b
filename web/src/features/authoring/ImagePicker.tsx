import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { imageUrlOf, uploadImage } from '../../api/images';
import { QuestionImage } from '../../components/QuestionImage';
import { describeError } from './describeError';

interface ImagePickerProps {
  imageId: string | null;
  /** Alt text of the preview: what the picture belongs to. */
  alt: string;
  small?: boolean;
  onChange: (imageId: string | null) => void;
}

/** Uploads a picture for a question or an option, shows it, and removes it again. */
export function ImagePicker({ imageId, alt, small = false, onChange }: ImagePickerProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again still uploads it
    if (!file) return;
    setUploading(true);
    setError(null);
    try {
      onChange((await uploadImage(file)).id);
    } catch (failure) {
      setError(describeError(t, failure));
    } finally {
      setUploading(false);
    }
  }

  return (
    <div className="image-picker">
      {imageId && <QuestionImage small={small} url={imageUrlOf(imageId)} alt={alt} />}
      <label className="button button-small button-secondary" htmlFor={inputId}>
        {uploading ? t('images.uploading') : imageId ? t('images.replace') : t('images.add')}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept="image/png,image/jpeg,image/webp"
        disabled={uploading}
        aria-label={`${imageId ? t('images.replace') : t('images.add')}: ${alt}`}
        onChange={(event) => void handleFile(event)}
        data-testid="image-input"
      />
      {imageId && (
        <button type="button" className="button button-small button-secondary" onClick={() => onChange(null)}>
          {t('images.remove')}
        </button>
      )}
      {!small && <span className="field-hint">{t('images.hint')}</span>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
