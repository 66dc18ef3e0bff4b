import { z } from 'zod';

/** Where the browser loads an image from (GET, any signed-in user, cached for good). */
export const imageUrlOf = (imageId: string) => `/api/images/${imageId}`;

/** Answer to `POST /api/images`: put `id` into a question's or option's `imageId`. */
export const uploadedImage = z.object({
  id: z.string(),
  url: z.string(),
  contentType: z.string(),
  byteSize: z.number(),
});
export type UploadedImage = z.infer<typeof uploadedImage>;
