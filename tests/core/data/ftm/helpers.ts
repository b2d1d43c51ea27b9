// Shared by the FtM import tests: fixture loading and the check that an imported dataset is valid.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../../../src/core/model/schema.ts';
import { validateDataset, formatProblem } from '../../../../src/core/data/validate.ts';

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../fixtures/ftm/${name}`, import.meta.url)), 'utf8');
}

/** The dataset's problems under the project's validator (shape and references), as text lines. */
export function problemsOf(dataset: Dataset): string[] {
  const { problems } = validateDataset({
    'dataset.json': dataset.info, 'sources.json': dataset.sources, 'nodes.json': dataset.nodes,
    'roles.json': dataset.roles, 'actions.json': dataset.actions, 'measures.json': dataset.measures,
    'links.json': dataset.links,
  });
  return problems.map(formatProblem);
}

export function byId<T extends { id: string }>(records: readonly T[], id: string): T {
  const record = records.find((r) => r.id === id);
  if (record === undefined) throw new Error(`no record ${id}`);
  return record;
}
