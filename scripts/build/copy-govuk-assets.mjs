// Copies GOV.UK Frontend's images into public/assets (git-ignored), served at /assets. Its fonts are not
// copied: this is a partnership service, not GOV.UK, so it does not use the GDS Transport typeface.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const from = join(process.cwd(), 'node_modules', 'govuk-frontend', 'dist', 'govuk', 'assets', 'images');
const to = join(process.cwd(), 'public', 'assets', 'images');
mkdirSync(to, { recursive: true });
cpSync(from, to, { recursive: true });
