// The tables of docs/link-format.md that the view field table (src/core/view/fields.ts) defines: the link
// keys and the fields. `npm run docs:view` writes them; tests/core/view/keys.test.ts fails when they differ.
import { FIELD_NAMES, LINK_KEYS, VIEW_FIELDS } from '../../src/core/view/fields.ts';

/** Escapes text for a cell of a Markdown table. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** The key table: one row per link key, in the order links write them. */
export function keyTableMarkdown(): string {
  return [
    '| Key | Field | Meaning | When absent | Example |',
    '| --- | --- | --- | --- | --- |',
    ...LINK_KEYS.map(
      (k) => `| \`${k.key}\` | \`${k.field}\` | ${cell(k.meaning)} | ${cell(k.absent)} | \`${cell(k.example)}\` |`,
    ),
  ].join('\n');
}

/** The field table: one row per view state field, its link keys, its history rule and its doc line. */
export function fieldTableMarkdown(): string {
  return [
    '| Field | Link keys | A change | What it holds |',
    '| --- | --- | --- | --- |',
    ...FIELD_NAMES.map((name) => {
      const spec = VIEW_FIELDS[name];
      const keys = spec.link.map((k) => `\`${k.key}\``).join(', ') || '—';
      const history = spec.history === 'push' ? 'adds a history entry' : 'replaces the entry';
      return `| \`${name}\` | ${keys} | ${history} | ${cell(spec.doc)} |`;
    }),
  ].join('\n');
}

/** The generated blocks of docs/link-format.md, by the name their markers carry. */
export const GENERATED_BLOCKS: Record<'view-fields' | 'link-keys', () => string> = {
  'view-fields': fieldTableMarkdown,
  'link-keys': keyTableMarkdown,
};

const begin = (name: string): string => `<!-- generated: ${name} (npm run docs:view) -->`;
const end = (name: string): string => `<!-- end: ${name} -->`;

/** The block as the docs hold it, markers included. */
export function generatedBlock(name: keyof typeof GENERATED_BLOCKS): string {
  return `${begin(name)}\n\n${GENERATED_BLOCKS[name]()}\n\n${end(name)}`;
}

/** The docs text with every generated block rewritten; throws when a block's markers are missing. */
export function rewriteGeneratedBlocks(docs: string): string {
  let text = docs;
  for (const name of Object.keys(GENERATED_BLOCKS) as (keyof typeof GENERATED_BLOCKS)[]) {
    const from = text.indexOf(begin(name));
    const to = text.indexOf(end(name));
    if (from < 0 || to < from) throw new Error(`docs/link-format.md has no "${begin(name)}" … "${end(name)}" block`);
    text = text.slice(0, from) + generatedBlock(name) + text.slice(to + end(name).length);
  }
  return text;
}
