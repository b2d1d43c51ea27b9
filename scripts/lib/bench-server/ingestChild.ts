// Run by bench-server.ts in a process of its own, so its peak memory is the ingest's alone:
//   tsx ingestChild.ts FILE (--dir DIR | --url URL)   prints one JSON line with the figures.
import { openDatabase } from '../../../server/db/open.ts';
import { ingestFile } from '../../../server/ingest/ingest.ts';

const [file, flag, where] = process.argv.slice(2);
if (file === undefined || where === undefined || (flag !== '--dir' && flag !== '--url')) {
  console.error('usage: ingestChild.ts FILE (--dir DIR | --url URL)');
  process.exit(2);
}
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 200);
const db = await openDatabase(flag === '--dir' ? { dir: where } : { url: where });
const result = await ingestFile(db, file, { batchSize: 2000 });
await db.close();
clearInterval(sampler);
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
console.log(
  JSON.stringify({ entities: result.entities, elapsedMs: result.elapsedMs, peakRssMb: Math.round(peakRss / 2 ** 20) }),
);
