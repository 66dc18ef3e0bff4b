import type { Db } from '../../db/database.js';
import type { PackageCatalogs } from './package-catalog.js';

/** What delivery services need: the database, the cached answer keys and the save grace. */
export type DeliveryContext = {
  db: Db;
  catalogs: PackageCatalogs;
  /** Saves arriving this long after the deadline still count (network latency, not extra time). */
  saveGraceMs: number;
};
