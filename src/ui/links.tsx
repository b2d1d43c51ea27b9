import type { ReactNode } from 'react';
import type { EntityNode } from '../core/model/schema.ts';
import { goToEdge, goToNode } from '../state/commands.ts';

/** A name that selects its node: every name in a panel is one. */
export function NodeLink({ node }: { node: Pick<EntityNode, 'id' | 'name'> }) {
  return (
    <button type="button" className="link" data-node-link={node.id} onClick={() => goToNode(node.id)}>
      {node.name}
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

/** A comma-separated list of node links. */
export function NodeLinks({ nodes }: { nodes: readonly Pick<EntityNode, 'id' | 'name'>[] }) {
  return (
    <>
      {nodes.map((node, i) => (
        <span key={node.id}>
          {i > 0 && ', '}
          <NodeLink node={node} />
        </span>
      ))}
    </>
  );
}
