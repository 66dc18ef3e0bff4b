import { imageUrlOf, type UploadedImage } from '@common/schemas/images';
import { uploadForm } from './upload';

export { imageUrlOf };
export type { UploadedImage };

/** Uploads a question or option image (PNG, JPEG or WebP, at most 2 MB; the server checks the bytes). */
export function uploadImage(file: File): Promise<UploadedImage> {
  const form = new FormData();
  form.append('file', file);
  return uploadForm<UploadedImage>('/api/images', form, () => undefined);
}
