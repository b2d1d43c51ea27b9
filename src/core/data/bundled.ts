// The dataset shipped in data/, imported at build time. Validation runs once, at start-up.
import datasetInfo from '../../../data/dataset.json';
import sources from '../../../data/sources.json';
import nodes from '../../../data/nodes.json';
import roles from '../../../data/roles.json';
import actions from '../../../data/actions.json';
import measures from '../../../data/measures.json';
import { validateDataset, type ValidationResult } from './validate.ts';

export const BUNDLED_FILES = {
  'dataset.json': datasetInfo,
  'sources.json': sources,
  'nodes.json': nodes,
  'roles.json': roles,
  'actions.json': actions,
  'measures.json': measures,
} as const;

/** Validates the bundled files. */
export function loadBundledDataset(): ValidationResult {
  return validateDataset(BUNDLED_FILES);
}
