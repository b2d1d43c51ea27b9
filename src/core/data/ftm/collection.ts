// The entities of one file by id (fragments of one entity merged, as Aleph exports them) and the record
// ids they get: FtM ids kept when they fit our id format, rewritten and kept unique otherwise.
import { type FtmEntity } from './entity.ts';
import type { ReportBuilder } from './report.ts';
import { RECORD_ID, shortHash } from './text.ts';

export interface Collected {
  entity: FtmEntity;
  line: number;
}

/** Parent schema of each FtM schema the importer maps as a node: fragments of one entity may use either. */
const PARENT: Readonly<Record<string, string>> = {
  Person: 'LegalEntity',
  Organization: 'LegalEntity',
  Company: 'Organization',
  PublicBody: 'Organization',
};

function isAncestor(ancestor: string, schema: string): boolean {
  for (let s: string | undefined = PARENT[schema]; s !== undefined; s = PARENT[s]) if (s === ancestor) return true;
  return false;
}

function union(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] | undefined {
  if (a === undefined) return b === undefined ? undefined : [...b];
  return [...a, ...(b ?? []).filter((v) => !a.includes(v))];
}

/**
 * The entities of a file, by id, in order of first appearance. Several lines with one id are fragments of
 * one entity (as Aleph exports them): their values are merged, the more specific schema kept. Fragments
 * whose schemata cannot be one entity (a Person and a Sanction) keep the first; the later is skipped.
 */
export class FtmEntityCollection {
  private readonly byId = new Map<string, Collected>();

  add(entity: FtmEntity, line: number, report: ReportBuilder): void {
    const seen = this.byId.get(entity.id);
    if (seen === undefined) {
      this.byId.set(entity.id, { entity, line });
      return;
    }
    const a = seen.entity.schema;
    const b = entity.schema;
    if (a !== b && !isAncestor(a, b) && !isAncestor(b, a)) {
      report.skip(line, 'duplicateId', `${b} ${entity.id} has the id of the ${a} on line ${seen.line}`);
      return;
    }
    const properties: Record<string, string[]> = { ...seen.entity.properties };
    for (const [name, list] of Object.entries(entity.properties)) {
      properties[name] = union(properties[name], list) ?? [];
    }
    const schema = isAncestor(a, b) ? b : a;
    const merged: FtmEntity = { ...seen.entity, schema, properties };
    const datasets = union(seen.entity.datasets, entity.datasets);
    if (datasets !== undefined) merged.datasets = datasets;
    if (merged.caption === undefined && entity.caption !== undefined) merged.caption = entity.caption;
    seen.entity = merged;
    report.warn(line, 'mergedFragments', `${entity.id}: merged with the fragment on line ${seen.line}`);
  }

  get size(): number {
    return this.byId.size;
  }

  entries(): IterableIterator<Collected> {
    return this.byId.values();
  }

  get(id: string): Collected | undefined {
    return this.byId.get(id);
  }
}

/** Allocates record ids: FtM ids kept when they fit our format, rewritten (and kept unique) otherwise. */
export class IdAllocator {
  private readonly byFtm = new Map<string, string>();
  readonly used = new Set<string>();
  rewritten = 0;

  forFtm(ftmId: string): string {
    const known = this.byFtm.get(ftmId);
    if (known !== undefined) return known;
    let id: string;
    if (RECORD_ID.test(ftmId) && !this.used.has(ftmId)) id = ftmId;
    else {
      this.rewritten++;
      const base = ftmId
        .toLowerCase()
        .replace(/[^a-z0-9._:-]+/g, '-')
        .replace(/^[^a-z0-9]+/, '');
      const candidate = base === '' ? `e-${shortHash(ftmId)}` : base;
      id = this.used.has(candidate) ? this.fresh(`${candidate}.${shortHash(ftmId)}`) : candidate;
    }
    this.byFtm.set(ftmId, id);
    this.used.add(id);
    return id;
  }

  /** The record id already given to an FtM id, if any. */
  lookup(ftmId: string): string | undefined {
    return this.byFtm.get(ftmId);
  }

  /** Reserves `candidate`, or `candidate-2`, `-3`... if it is taken. */
  fresh(candidate: string): string {
    let id = candidate;
    for (let n = 2; this.used.has(id); n++) id = `${candidate}-${n}`;
    this.used.add(id);
    return id;
  }
}
