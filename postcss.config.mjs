import { fileURLToPath } from 'node:url';

// Referenced by absolute path: Turbopack resolves PostCSS plugins from its own location otherwise.
const dropIeMediaHack = fileURLToPath(new URL('./scripts/build/drop-ie-media-hack.cjs', import.meta.url));

const config = { plugins: [dropIeMediaHack] };

export default config;
