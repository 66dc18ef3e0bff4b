import { defineConfig } from 'drizzle-kit';

// Migrations are generated from server/db/schema.ts and reviewed as SQL before they are committed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema.ts',
  out: './server/db/migrations',
});
