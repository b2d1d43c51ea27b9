// Shortest paths between two entities, by a breadth-first search from both ends at once over the adjacency
// table: one indexed query per level, always widening the smaller side, so hubs are met late and rarely.
import { LIVE_SCHEMA } from '../db/migrate.ts';
import type { Queryable } from '../db/types.ts';
import { getCaptions } from './queries.ts';

/** One step of a path: from the previous node along a relation to `id`. */
export type PathStep = { relationId: string; type: string; direction: 'out' | 'in' };

export interface PathNode {
  id: string;
  schema: string;
  caption: string;
}

export interface EntityPath {
  nodes: PathNode[];
  /** edges[i] joins nodes[i] and nodes[i + 1]; direction is as read from nodes[i]. */
  edges: PathStep[];
}

export interface PathsResult {
  paths: EntityPath[];
  /** Steps of the shortest path, or null when none was found within maxDepth. */
  length: number | null;
  /** True when the search stopped at its visit limit before finding a path: a longer search might find one. */
  truncated: boolean;
}

type Parent = { from: string; step: PathStep };

interface Side {
  parents: Map<string, Parent[]>;
  /** Steps from the side's root to each node reached. */
  level: Map<string, number>;
  depth: number;
  frontier: string[];
}

function flip(direction: 'out' | 'in'): 'out' | 'in' {
  return direction === 'out' ? 'in' : 'out';
}

/** Widens one side by one level; returns the nodes reached for the first time. */
async function expand(db: Queryable, side: Side): Promise<string[]> {
  const rows = await db.query<{
    entity_id: string;
    other_id: string;
    relation_id: string;
    type: string;
    direction: 'out' | 'in';
  }>(
    `SELECT entity_id, other_id, relation_id, type, direction FROM ${LIVE_SCHEMA}.adjacency WHERE entity_id = ANY($1::text[])`,
    [side.frontier],
  );
  const fresh = new Set<string>();
  for (const row of rows) {
    const known = side.parents.get(row.other_id);
    const parent: Parent = {
      from: row.entity_id,
      step: { relationId: row.relation_id, type: row.type, direction: row.direction },
    };
    if (known === undefined) {
      side.parents.set(row.other_id, [parent]);
      side.level.set(row.other_id, side.depth + 1);
      fresh.add(row.other_id);
    } else if (fresh.has(row.other_id) && known.length < 8) known.push(parent);
  }
  side.depth++;
  side.frontier = [...fresh];
  return side.frontier;
}

/** Every path from the side's root to `node` (each as steps root -> node), at most `limit`. */
function pathsTo(side: Side, node: string, limit: number): { ids: string[]; steps: PathStep[] }[] {
  const parents = side.parents.get(node);
  if (parents === undefined || parents.length === 0) return [{ ids: [node], steps: [] }];
  const out: { ids: string[]; steps: PathStep[] }[] = [];
  for (const parent of parents) {
    for (const head of pathsTo(side, parent.from, limit - out.length)) {
      out.push({ ids: [...head.ids, node], steps: [...head.steps, parent.step] });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** Up to `limit` shortest paths of at most `maxDepth` steps from `from` to `to`. */
export async function shortestPaths(
  db: Queryable,
  input: { from: string; to: string; maxDepth: number; limit: number; maxVisits: number },
): Promise<PathsResult> {
  const { from, to } = input;
  if (from === to) {
    const captions = await getCaptions(db, [from]);
    const node = captions.get(from);
    return {
      paths: node ? [{ nodes: [{ id: from, ...node }], edges: [] }] : [],
      length: node ? 0 : null,
      truncated: false,
    };
  }
  const root = (id: string): Side => ({
    parents: new Map([[id, []]]),
    level: new Map([[id, 0]]),
    depth: 0,
    frontier: [id],
  });
  const forward = root(from);
  const backward = root(to);
  let meeting: string[] = [];
  let length = 0;
  let truncated = false;
  while (
    forward.depth + backward.depth < input.maxDepth &&
    forward.frontier.length > 0 &&
    backward.frontier.length > 0
  ) {
    if (forward.parents.size + backward.parents.size > input.maxVisits) {
      truncated = true;
      break;
    }
    const side = forward.frontier.length <= backward.frontier.length ? forward : backward;
    const other = side === forward ? backward : forward;
    const reached = await expand(db, side);
    // The shortest paths run through the meeting nodes nearest the other root.
    const met = reached.filter((id) => other.parents.has(id));
    if (met.length > 0) {
      const best = Math.min(...met.map((id) => other.level.get(id) ?? Infinity));
      meeting = met.filter((id) => other.level.get(id) === best);
      length = side.depth + best;
      break;
    }
  }
  if (meeting.length === 0) return { paths: [], length: null, truncated };

  const raw: { ids: string[]; steps: PathStep[] }[] = [];
  for (const middle of meeting.sort()) {
    for (const head of pathsTo(forward, middle, input.limit)) {
      for (const tail of pathsTo(backward, middle, input.limit)) {
        // The tail runs to -> middle; reversed, each step is read from the other end.
        const ids = [...head.ids, ...tail.ids.slice(0, -1).reverse()];
        const back = tail.steps.map((s) => ({ ...s, direction: flip(s.direction) })).reverse();
        raw.push({ ids, steps: [...head.steps, ...back] });
        if (raw.length >= input.limit) break;
      }
      if (raw.length >= input.limit) break;
    }
    if (raw.length >= input.limit) break;
  }
  const captions = await getCaptions(db, [...new Set(raw.flatMap((p) => p.ids))]);
  const paths = raw.map((p) => ({
    nodes: p.ids.map((id) => ({
      id,
      schema: captions.get(id)?.schema ?? '',
      caption: captions.get(id)?.caption ?? id,
    })),
    edges: p.steps,
  }));
  return { paths, length, truncated: false };
}
