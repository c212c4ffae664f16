// Prisma CLI configuration. The app itself connects through lib/db.ts; this file serves `prisma generate`
// and, on a machine with internet access, the standard `prisma migrate deploy`.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/unused' },
});
