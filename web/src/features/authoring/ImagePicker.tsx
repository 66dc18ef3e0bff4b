import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { imageUrlOf, uploadImage } from '../../api/images';
import { FileButton } from '../../components/FilePicker';
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
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function upload(file: File) {
    if (input.current) input.current.value = ''; // choosing the same file again still uploads it
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
      <FileButton
        text={uploading ? t('images.uploading') : imageId ? t('images.replace') : t('images.add')}
        ariaLabel={`${imageId ? t('images.replace') : t('images.add')}: ${alt}`}
        accept="image/png,image/jpeg,image/webp"
        disabled={uploading}
        onFile={(file) => void upload(file)}
        inputRef={input}
        testId="image-input"
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
