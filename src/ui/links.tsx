import type { ReactNode } from 'react';
import type { EntityNode } from '../core/model/schema.ts';
import { goToEdge, goToNode } from '../state/commands.ts';

/** A name that selects its node: every name in a panel is one. */
export function NodeLink({ node, after }: { node: Pick<EntityNode, 'id' | 'name'>; after?: string }) {
  return (
    <button type="button" className="link" data-node-link={node.id} onClick={() => goToNode(node.id)}>
      {node.name}
      {after && (
        <span className="link-after" aria-hidden="true">
          {after}
        </span>
      )}
    </button>
  );
}

export function EdgeLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <button type="button" className="link" data-edge-link={id} onClick={() => goToEdge(id)}>
      {children}
    </button>
  );
}

/**
 * A comma-separated list of node links. The comma is inside the link's box (hidden from its accessible name): a
 * name that wraps fills its line, and a comma after the box went to a line of its own.
 */
export function NodeLinks({ nodes }: { nodes: readonly Pick<EntityNode, 'id' | 'name'>[] }) {
  return (
    <>
      {nodes.map((node, i) => (
        <span key={node.id}>
          <NodeLink node={node} after={i < nodes.length - 1 ? ',' : undefined} />
          {i < nodes.length - 1 && ' '}
        </span>
      ))}
    </>
  );
}
