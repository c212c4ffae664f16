// Starts an embedded Postgres and keeps it until killed: lets a test SIGKILL the owner mid-flight.
import { startEmbeddedPostgres } from '../../lib/database/embedded';

const [dataDir, port] = process.argv.slice(2);
const db = await startEmbeddedPostgres({ dataDir: dataDir as string, port: Number(port), database: 'held' });
console.log(`READY ${db.url}`);
setInterval(() => {}, 1 << 30);
