import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { imageUrlOf, uploadedImage } from '../../../common/schemas/images.js';
import { imageTooLarge, loadImage, MAX_IMAGE_BYTES, storeImage } from '../../domain/images/images-service.js';
import { msg } from '../../errors.js';
import type { AppDeps } from '../app.js';
import { actorOf } from '../plugins/authentication.js';
import { readUpload } from '../read-upload.js';
import { idParams } from '../route-params.js';

/**
 * Question and option images: uploaded by staff, served to anyone signed in. Ids are unguessable
 * and a worker's session view only names its own questions' images. An image never changes (a new
 * upload is a new id), so it is cached for good and revalidated by its sha256 ETag.
 */
export const imageRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const tags = ['images'];

  app.post(
    '/images',
    { config: { access: 'images:upload' }, schema: { tags, consumes: ['multipart/form-data'], response: { 201: uploadedImage } } },
    async (req, reply) => {
      const file = await readUpload(req, MAX_IMAGE_BYTES, msg('upload.attachImage'), imageTooLarge);
      const image = await storeImage(db, actorOf(req).id, file.data);
      return reply.status(201).send({ id: image.id, url: imageUrlOf(image.id), contentType: image.contentType, byteSize: image.byteSize });
    },
  );

  app.get('/images/:id', { config: { access: 'images:view' }, schema: { tags, params: idParams } }, async (req, reply) => {
    const image = await loadImage(db, req.params.id);
    const etag = `"${image.sha256}"`;
    void reply.header('etag', etag);
    if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) return reply.status(304).send();
    return reply.type(image.contentType).send(image.content);
  });
};
