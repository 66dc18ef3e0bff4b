import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { imageUrlOf } from '../../api/images';
import { QuestionCard } from '../exam/QuestionCard';

interface QuestionPreviewProps {
  number: number;
  text: string;
  imageId: string | null;
  options: { key: number; text: string; imageId: string | null }[];
}

const imageOf = ({ imageId }: { imageId: string | null }) => ({ imageId, imageUrl: imageId && imageUrlOf(imageId) });

/**
 * The question as the worker will see it: the exam's own question card (text with its line breaks,
 * lettered radio options, no hint of the correct answer). The radios can be tried; nothing is saved.
 */
export function QuestionPreview({ number, text, imageId, options }: QuestionPreviewProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const question = {
    id: 'preview',
    text,
    ...imageOf({ imageId }),
    options: options.map((option) => ({ id: String(option.key), text: option.text, ...imageOf(option) })),
  };
  return (
    <section className="question-preview" aria-labelledby="question-preview-title" data-testid="question-preview">
      <h3 className="preview-label" id="question-preview-title">
        {t('authoring.question.preview')}
      </h3>
      {!text.trim() && <p className="muted preview-empty">{t('authoring.question.previewEmpty')}</p>}
      <QuestionCard question={question} index={number - 1} chosen={chosen} disabled={false} onChoose={(_, optionId) => setChosen(optionId)} />
    </section>
  );
}
