// Takes docs/curation.png from the real app in Debian's Chromium: an annotated view of the bundled data. The
// link brings the notes, hidden nodes, title and caption; the script then does what an author does: drags three
// officials to free space and groups them (Group gathers them). Usage: npm run screenshot:curation [-- --no-build]
import { encodeViewState } from '../src/core/view/codec.ts';
import { defaultViewState, type ViewState } from '../src/core/view/viewState.ts';
import { launchChromium } from './lib/chromium.ts';
import { serveBuiltSite } from './lib/serve.ts';

const OUT = 'docs/curation.png';
const NOTED = 'm-2020-07-09-state-chen-quanguo';
const base = defaultViewState();
// In this order Group puts Wang Mingshan top right, where his note has room above the box.
const OFFICIALS = ['chen-quanguo', 'wang-mingshan', 'zhu-hailun'];
/** Nodes two steps from Chen Quanguo that are off this view's point. */
const OFF_THE_POINT = [
  'mike-pompeo',
  'antony-blinken',
  'steven-mnuchin',
  'dmitriy-soin',
  'european-institute-justo',
  'sensetime',
  'tar-party-committee',
  'ccp-politburo',
  'group-xinjiang-officials-2019',
  'wang-junzheng',
];
// Notes say only what the bundled data records (the measures' dates, the roles' titles and dates).
const view: ViewState = {
  ...base,
  focus: { node: 'chen-quanguo', depth: 2 },
  selectedNodes: OFFICIALS,
  curation: {
    ...base.curation,
    hidden: OFF_THE_POINT,
    notes: [
      { id: 'n1', text: 'Visa ban on the day of the Treasury freeze', target: { type: 'edge', id: NOTED } },
      { id: 'n2', text: 'Headed the regional police, 2017 to 2021', target: { type: 'node', id: 'wang-mingshan' } },
    ],
    title: 'Who ran the Xinjiang security apparatus',
    caption: 'Three officials grouped, two notes added, and the nodes off the point hidden from this view.',
  },
};

const site = await serveBuiltSite({ build: !process.argv.includes('--no-build') });
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${site.url}#${encodeViewState(view)}`);
  await page.waitForSelector('[data-graph-ready="true"]');
  // The author drags the officials to the free space on the right, then groups them.
  const canvas = await page.locator('.graph-canvas').boundingBox();
  if (!canvas) throw new Error('no canvas');
  for (const [i, id] of OFFICIALS.entries()) {
    const at = await page.evaluate((node) => window.__explorerRendered?.(node) ?? null, id);
    if (!at) throw new Error(`${id} is not drawn`);
    await page.mouse.move(canvas.x + at.x, canvas.y + at.y);
    await page.mouse.down();
    await page.mouse.move(canvas.x + canvas.width * 0.85, canvas.y + canvas.height * (0.5 + i * 0.15), { steps: 12 });
    await page.mouse.up();
  }
  await page.getByRole('button', { name: 'Group', exact: true }).click();
  const name = page.getByRole('textbox', { name: 'Group name' });
  await name.fill('Party and police chiefs');
  await name.press('Enter');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(600);
  const drawn = await page.evaluate(() => window.__explorerCanvas?.() ?? null);
  if (!drawn || drawn.curation.groups.length !== 1 || drawn.curation.notes.length !== view.curation.notes.length) {
    throw new Error(`the annotated view did not draw as asked: ${JSON.stringify(drawn?.curation ?? null)}`);
  }
  await page.mouse.move(5, 500);
  await page.waitForTimeout(800);
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
  await context.close();
} finally {
  await browser.close();
  await site.close();
}
