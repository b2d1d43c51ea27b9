// How much memory the tab takes when a link streams data without end (issue 16): the read must stop at the
// limits of src/core/settings/limits.ts and the browser stay within a stated budget. Two endless streams: small
// entities (the entity limit stops the read) and entities of about 1 kB (the download limit stops it).
// Memory is the resident size of this run's Chromium and its child processes (page, workers, GPU), sampled
// twice a second; shared pages count once per process, so the figure errs high.
// Usage: npm run bench:memory
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_LIMITS, formatBytes } from '../src/core/settings/limits.ts';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { serveBuiltSite } from './lib/serve.ts';

const PAD = 'x'.repeat(1000);

/** A switch Chromium ignores, to find this run's browser among others on the machine (tests may run too). */
const MARKER = `--bench-memory-run=${process.pid}`;

/** Resident memory of this run's Chromium and all its child processes, in MB (Linux: ps). */
function chromiumRssMb(): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .flatMap((m) => (m ? [{ pid: m[1] ?? '', ppid: m[2] ?? '', kb: Number(m[3]), args: m[4] ?? '' }] : []));
  const tree = new Set(rows.filter((r) => r.args.includes(MARKER)).map((r) => r.pid));
  for (let grew = true; grew;) {
    grew = false;
    for (const row of rows) {
      if (!tree.has(row.pid) && tree.has(row.ppid)) {
        tree.add(row.pid);
        grew = true;
      }
    }
  }
  return rows.filter((r) => tree.has(r.pid)).reduce((sum, r) => sum + r.kb / 1024, 0);
}

function endlessServer(padded: boolean) {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
    let i = 0;
    const push = () => {
      let ok = true;
      while (ok && !res.destroyed) {
        const lines: string[] = [];
        for (let n = 0; n < 500; n++, i++) {
          const properties = padded ? { name: [`Person ${i}`], notes: [PAD] } : { name: [`Person ${i}`] };
          lines.push(JSON.stringify({ id: `p${i}`, schema: 'Person', properties }));
        }
        ok = res.write(`${lines.join('\n')}\n`);
      }
      if (!res.destroyed) res.once('drain', push);
    };
    push();
  });
  return server;
}

async function run(label: string, padded: boolean, siteUrl: string): Promise<void> {
  const server = endlessServer(padded);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const dataUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/endless.ftm.json`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, MARKER] });
  const page = await browser.newPage();
  await page.goto(siteUrl);
  await page.waitForSelector('[data-graph-ready="true"]', { timeout: 60_000 });
  const baseline = chromiumRssMb();
  let peak = baseline;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = chromiumRssMb();
    peak = Math.max(peak, now);
    // Every 30 s, where the read is: the import dialog's progress line.
    if (++ticks % 60 === 0) {
      void page
        .locator('[data-import-dialog]')
        .first()
        .textContent({ timeout: 1000 })
        .then((text) => console.log(`  ${ticks / 2} s: ${now.toFixed(0)} MB; ${(text ?? '').slice(0, 90)}`))
        .catch(() => console.log(`  ${ticks / 2} s: ${now.toFixed(0)} MB`));
    }
  }, 500);
  const started = performance.now();
  await page.goto(`${new URL(`?data=${encodeURIComponent(dataUrl)}`, siteUrl).href}`);
  await page.locator('[data-confirm-open]').click();
  await page.getByText('Stopped reading at').first().waitFor({ timeout: 600_000 });
  const seconds = (performance.now() - started) / 1000;
  await page.waitForTimeout(2000);
  clearInterval(timer);
  const after = chromiumRssMb();
  const notice = (await page.getByText('Stopped reading at').first().textContent()) ?? '';
  console.log(
    `${label.padEnd(34)} stopped after ${seconds.toFixed(0).padStart(3)} s | Chromium before ${baseline.toFixed(0)} MB, ` +
      `peak ${peak.toFixed(0)} MB, after ${after.toFixed(0)} MB | ${notice.slice(0, 70)}`,
  );
  await browser.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

const site = await serveBuiltSite();
try {
  const { maxBytes, maxEntities } = DEFAULT_LIMITS;
  console.log(`Limits: ${formatBytes(maxBytes)}, ${maxEntities.toLocaleString('en')} entities\n`);
  await run('small entities (entity limit)', false, site.url);
  await run('1 kB entities (download limit)', true, site.url);
} finally {
  await site.close();
}
