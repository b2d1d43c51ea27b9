// A directed multigraph whose node ids are data: any string, including 'constructor' or '__proto__'.
// graphology 0.26 (the latest release) keeps each node's neighbours in plain objects keyed by node key, so
// such a key collides with Object.prototype (edges go missing, methods throw, '__proto__' even writes to
// Object.prototype). This class is the one place that prefixes node keys; its callers see plain ids.
import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';

const PREFIX = 'n:';
const key = (id: string): string => PREFIX + id;
const idOf = (nodeKey: string): string => nodeKey.slice(PREFIX.length);

type EdgeCallback<N, E> = (edge: string, attributes: E, source: string, target: string, s: N, t: N) => void;

/** The subset of graphology's MultiDirectedGraph the app uses, with node ids that cannot collide. */
export class IdGraph<N extends Attributes = Attributes, E extends Attributes = Attributes> {
  private readonly graph = new MultiDirectedGraph<N, E>();

  /** Number of nodes. */
  get order(): number {
    return this.graph.order;
  }

  /** Number of edges. */
  get size(): number {
    return this.graph.size;
  }

  /** An empty graph of the same kind. */
  nullCopy(): IdGraph<N, E> {
    return new IdGraph<N, E>();
  }

  addNode(id: string, attributes: N): void {
    this.graph.addNode(key(id), attributes);
  }

  hasNode(id: string): boolean {
    return this.graph.hasNode(key(id));
  }

  getNodeAttributes(id: string): N {
    return this.graph.getNodeAttributes(key(id));
  }

  getNodeAttribute<K extends keyof N>(id: string, name: K): N[K] {
    return this.graph.getNodeAttribute(key(id), name);
  }

  nodes(): string[] {
    return this.graph.nodes().map(idOf);
  }

  forEachNode(callback: (id: string, attributes: N) => void): void {
    this.graph.forEachNode((nodeKey, attributes) => callback(idOf(nodeKey), attributes));
  }

  degree(id: string): number {
    return this.graph.degree(key(id));
  }

  forEachNeighbor(id: string, callback: (neighbor: string, attributes: N) => void): void {
    this.graph.forEachNeighbor(key(id), (nodeKey, attributes) => callback(idOf(nodeKey), attributes));
  }

  /** Edge keys live in a Map inside graphology, so they need no prefix. */
  addDirectedEdgeWithKey(edge: string, source: string, target: string, attributes: E): void {
    this.graph.addDirectedEdgeWithKey(edge, key(source), key(target), attributes);
  }

  hasEdge(edge: string): boolean {
    return this.graph.hasEdge(edge);
  }

  getEdgeAttributes(edge: string): E {
    return this.graph.getEdgeAttributes(edge);
  }

  getEdgeAttribute<K extends keyof E>(edge: string, name: K): E[K] {
    return this.graph.getEdgeAttribute(edge, name);
  }

  source(edge: string): string {
    return idOf(this.graph.source(edge));
  }

  target(edge: string): string {
    return idOf(this.graph.target(edge));
  }

  /** Every edge, or the edges touching a node. */
  edges(id?: string): string[] {
    return id === undefined ? this.graph.edges() : this.graph.edges(key(id));
  }

  inboundEdges(id: string): string[] {
    return this.graph.inboundEdges(key(id));
  }

  outboundEdges(id: string): string[] {
    return this.graph.outboundEdges(key(id));
  }

  /** The edges from one node to another. */
  outEdges(source: string, target: string): string[] {
    return this.graph.outEdges(key(source), key(target));
  }

  /** Every edge, or the edges touching a node. */
  forEachEdge(callback: EdgeCallback<N, E>): void;
  forEachEdge(id: string, callback: EdgeCallback<N, E>): void;
  forEachEdge(first: string | EdgeCallback<N, E>, second?: EdgeCallback<N, E>): void {
    const wrap =
      (callback: EdgeCallback<N, E>) =>
      (edge: string, attributes: E, source: string, target: string, s: N, t: N): void =>
        callback(edge, attributes, idOf(source), idOf(target), s, t);
    if (typeof first === 'function') this.graph.forEachEdge(wrap(first));
    else if (second) this.graph.forEachEdge(key(first), wrap(second));
  }

  forEachInEdge(id: string, callback: EdgeCallback<N, E>): void {
    this.graph.forEachInEdge(key(id), (edge, attributes, source, target, s, t) =>
      callback(edge, attributes, idOf(source), idOf(target), s, t),
    );
  }

  forEachOutEdge(id: string, callback: EdgeCallback<N, E>): void {
    this.graph.forEachOutEdge(key(id), (edge, attributes, source, target, s, t) =>
      callback(edge, attributes, idOf(source), idOf(target), s, t),
    );
  }

  filterNodes(keep: (id: string, attributes: N) => boolean): string[] {
    return this.graph.filterNodes((nodeKey, attributes) => keep(idOf(nodeKey), attributes)).map(idOf);
  }

  filterEdges(keep: (edge: string, attributes: E) => boolean): string[] {
    return this.graph.filterEdges((edge, attributes) => keep(edge, attributes));
  }

  neighbors(id: string): string[] {
    return this.graph.neighbors(key(id)).map(idOf);
  }

  inNeighbors(id: string): string[] {
    return this.graph.inNeighbors(key(id)).map(idOf);
  }

  areNeighbors(a: string, b: string): boolean {
    return this.graph.areNeighbors(key(a), key(b));
  }

  inDegree(id: string): number {
    return this.graph.inDegree(key(id));
  }

  inEdges(id: string): string[] {
    return this.graph.inEdges(key(id));
  }

  hasExtremity(edge: string, id: string): boolean {
    return this.graph.hasExtremity(edge, key(id));
  }

  /** A plain graphology copy with the ids as keys, for comparing with graphology's own algorithms in tests. */
  toGraphology(): MultiDirectedGraph<N, E> {
    const plain = new MultiDirectedGraph<N, E>();
    this.forEachNode((id, attributes) => plain.addNode(id, attributes));
    this.forEachEdge((edge, attributes, source, target) =>
      plain.addDirectedEdgeWithKey(edge, source, target, attributes),
    );
    return plain;
  }
}
