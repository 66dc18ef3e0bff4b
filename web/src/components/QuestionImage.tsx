/**
 * A question's or option's picture. The alt text is the question text (or a short "question
 * image"), so a screen reader says what the picture is about. Lazy: a page of ten questions loads
 * only the pictures scrolled to.
 */
export function QuestionImage({ url, alt, small = false }: { url: string; alt: string; small?: boolean }) {
  return <img className={small ? 'question-image question-image-small' : 'question-image'} src={url} alt={alt} loading="lazy" decoding="async" />;
}
