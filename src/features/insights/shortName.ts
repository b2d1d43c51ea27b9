// Short names for narrow places (the columns of the target x body matrix): "US Treasury" rather than
// the body's full official name. Chosen from the node's own name and aliases, never invented.
import type { EntityNode } from '../../core/model/schema.ts';

/**
 * The shortest of the node's name and aliases that has at least two words (abbreviations such as "OFAC"
 * say little to a newcomer); the name itself when no such alias is shorter. Ties keep the data's order.
 */
export function shortName(node: Pick<EntityNode, 'name' | 'aliases'>): string {
  let best = node.name;
  for (const alias of node.aliases) {
    const words = alias.name.trim().split(/\s+/).length;
    if (words >= 2 && alias.name.length < best.length) best = alias.name;
  }
  return best;
}
