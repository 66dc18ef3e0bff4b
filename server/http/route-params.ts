import { z } from 'zod';
import { entityId } from '../../common/schemas/fields.js';

/** `:id` of a route. Ids are opaque: any id that names nothing is a 404 from the service, not a 400. */
export const idParams = z.strictObject({ id: entityId });

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
