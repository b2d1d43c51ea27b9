// Where the real third-party FtM files are: ../shared/realdata beside the repository (as in /work/main and
// in CI's clone), else /work/shared/realdata (from a worktree). Undefined when neither exists.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export const REALDATA_DIR: string | undefined = [join(repoRoot, '../shared/realdata'), '/work/shared/realdata'].find(
  (dir) => existsSync(join(dir, 'zala.ftm.json')),
);

export function readRealFile(name: string): string {
  if (REALDATA_DIR === undefined) throw new Error('the real data folder (../shared/realdata) is absent');
  return readFileSync(join(REALDATA_DIR, name), 'utf8');
}
