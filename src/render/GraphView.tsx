// The React side of the canvas: creates one GraphCanvas per graph and passes view changes to it.
// Layout runs when the graph or the layout changes, never when filters or the date change.
import { useEffect, useRef, useState } from 'react';
import type { SanctionsGraph } from '../core/graph/build.ts';
import type { CombinedEdge } from '../core/algorithms/combinedEdges.ts';
import type { Curation } from '../core/view/curation.ts';
import type { Camera, LayoutName, Point, Selection, SizeMeasure } from '../core/view/viewState.ts';
import type { CanvasCommands } from '../state/commands.ts';
import { GraphCanvas, type CanvasEvents, type LayoutProgress } from './canvas.ts';
import { LayoutStatus } from './LayoutStatus.tsx';
import { THEMES } from './palette.ts';
import type { Box } from './labels.ts';

interface Props {
  graph: SanctionsGraph;
  visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  selection: Selection;
  /** A multi-selection (two or more nodes), drawn selected. */
  selectedNodes: readonly string[];
  /** Groups, notes, labels, colours and pins to draw. */
  curation: Curation;
  /** The edges collapsed groups carry for their members. */
  combined: readonly CombinedEdge[];
  layout: LayoutName;
  sizeBy: SizeMeasure;
  /** When this changes (a focus starts, ends or changes depth), the view is fitted to what is shown. */
  fitKey: string;
  positions: Record<string, Point>;
  camera: Camera | null;
  path: { nodes: readonly string[]; edges: readonly string[] } | null;
  /** The view's "as of" day, if any (a usable one): the canvas fades and marks by it. */
  asOf: string | null;
  scheme: 'light' | 'dark';
  events: CanvasEvents;
  /** Hands the app this canvas's commands while it is mounted; returns how to take them back. */
  attach: (commands: CanvasCommands) => () => void;
  /** Called each time a graph's first layout is on screen. */
  onDrawn?: () => void;
}

declare global {
  interface Window {
    /** Read-only view of what the canvas draws, for browser tests and benchmarks. */
    __explorerCanvas?: () => ReturnType<GraphCanvas['snapshot']> | null;
    /** Where a node is drawn, in pixels from the canvas's top-left corner. */
    __explorerRendered?: (id: string) => Point | null;
  }
}

export function GraphView(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  const canvas = useRef<GraphCanvas | null>(null);
  // Ready once the first layout is drawn; until then the canvas has no elements.
  const [ready, setReady] = useState(false);
  const [progress, setProgress] = useState<Exclude<LayoutProgress, { phase: 'done' }> | null>(null);
  // Events change identity on every render; the canvas calls through this ref.
  const events = useRef(props.events);
  events.current = props.events;
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!container.current) return;
    const p = latest.current;
    let readyNow = false;
    const instance = new GraphCanvas({
      container: container.current,
      graph: props.graph,
      theme: THEMES[p.scheme],
      layout: p.layout,
      centre: centreOf(p.selection),
      sizeBy: p.sizeBy,
      positions: p.positions,
      camera: p.camera,
      visible: p.visible,
      covered: () => (container.current ? coveringBoxes(container.current) : []),
      events: {
        onSelectNode: (id) => events.current.onSelectNode(id),
        onToggleNode: (id) => events.current.onToggleNode?.(id),
        onLasso: (ids) => events.current.onLasso?.(ids),
        onSelectEdge: (id) => events.current.onSelectEdge(id),
        onClearSelection: () => events.current.onClearSelection(),
        onCamera: (camera) => events.current.onCamera(camera),
        onMoved: (positions) => events.current.onMoved(positions),
        onLayoutProgress: (next) => {
          if (next.phase === 'done' && !readyNow) {
            readyNow = true;
            setReady(true);
            latest.current.onDrawn?.();
          }
          setProgress(next.phase === 'done' ? null : next);
        },
      },
    });
    instance.setSelection(p.selection, p.selectedNodes);
    instance.setCuration(p.curation, p.combined);
    instance.setPath(p.path);
    instance.setAsOf(p.asOf);
    canvas.current = instance;
    window.__explorerCanvas = () => canvas.current?.snapshot() ?? null;
    window.__explorerRendered = (id) => canvas.current?.renderedPosition(id) ?? null;
    return () => {
      instance.destroy();
      canvas.current = null;
      setReady(false);
      setProgress(null);
    };
  }, [props.graph]);

  // Re-lay out on a layout change (the first layout ran in the constructor), and "around the selection" when
  // the selected node changes.
  const centre = centreOf(props.selection);
  const laidOut = useRef({ layout: props.layout, centre });
  useEffect(() => {
    const was = laidOut.current;
    if (!canvas.current) return;
    if (was.layout === props.layout && (props.layout !== 'around' || centre === null || was.centre === centre)) return;
    laidOut.current = { layout: props.layout, centre };
    canvas.current.runLayout(props.layout, latest.current.positions, centre);
  }, [props.layout, centre]);

  useEffect(() => canvas.current?.setVisible(props.visible), [props.visible, ready]);
  // Labels keep out from under what lies over the canvas (the legend), and move when it opens or closes.
  useEffect(() => {
    const host = container.current?.parentElement;
    if (!ready || !host || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => canvas.current?.relabel());
    // The canvas too: the legend sits at its bottom, so it moves when the canvas changes height.
    if (container.current) observer.observe(container.current);
    for (const element of host.querySelectorAll(COVERING)) observer.observe(element);
    return () => observer.disconnect();
  }, [ready]);
  useEffect(() => canvas.current?.setAsOf(props.asOf), [props.asOf, ready]);
  useEffect(
    () => canvas.current?.setSelection(props.selection, props.selectedNodes),
    [props.selection, props.selectedNodes, ready],
  );
  // After setVisible above: the curation is drawn over what is shown.
  useEffect(
    () => canvas.current?.setCuration(props.curation, props.combined),
    [props.curation, props.combined, props.visible, ready],
  );
  useEffect(() => canvas.current?.setPath(props.path), [props.path, ready]);
  useEffect(() => canvas.current?.setSizeBy(props.sizeBy), [props.sizeBy, ready]);
  // After the visible elements are set (the effect above runs first): fit what a new focus shows.
  const fitted = useRef(props.fitKey);
  useEffect(() => {
    if (fitted.current === props.fitKey) return;
    fitted.current = props.fitKey;
    canvas.current?.fit();
  }, [props.fitKey]);
  useEffect(() => canvas.current?.setTheme(THEMES[props.scheme]), [props.scheme, ready]);
  useEffect(() => canvas.current?.setPositions(props.positions), [props.positions, ready]);
  // A view without a camera is fitted to the screen: going back to one (Back, a view file) fits again.
  const shownCamera = useRef(props.camera);
  useEffect(() => {
    if (props.camera) canvas.current?.setCamera(props.camera);
    else if (shownCamera.current) canvas.current?.fitToView();
    shownCamera.current = props.camera;
  }, [props.camera, ready]);

  // The app's CanvasCommands (toolbar, share menu, goToNode) reach this canvas while it is mounted.
  const { attach } = props;
  useEffect(
    () =>
      attach({
        fit: () => canvas.current?.fit(),
        zoomBy: (factor) => canvas.current?.zoomBy(factor),
        centreOn: (id) => canvas.current?.centreOn(id),
        png: ({ full, scale, background }) =>
          canvas.current?.png({
            full,
            scale,
            background: background ? THEMES[latest.current.scheme].background : null,
          }) ?? null,
        svg: async (options) => (canvas.current ? canvas.current.svg(options) : null),
        nodePositions: (ids) => canvas.current?.nodePositions(ids) ?? new Map(),
        viewCentre: () => canvas.current?.viewCentre() ?? { x: 0, y: 0 },
      }),
    [attach],
  );

  return (
    <>
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label="Graph of sanctions and roles. Use the list view for a table of the same elements."
        aria-busy={progress !== null}
        data-graph-ready={ready && progress === null ? 'true' : 'false'}
      />
      {progress && <LayoutStatus progress={progress} onCancel={() => canvas.current?.cancelLayout()} />}
    </>
  );
}

/** The node "around the selection" centres on: the selected node (an edge or nothing selected: none). */
function centreOf(selection: Selection): string | null {
  return selection?.type === 'node' ? selection.id : null;
}

/** What marks an element laid over the canvas, beside it in the same parent (the legend). */
const COVERING = '[data-covers-canvas]';

/** The boxes of the elements laid over the canvas, in pixels from the canvas's top-left corner. */
function coveringBoxes(canvas: HTMLElement): Box[] {
  const host = canvas.parentElement;
  if (!host) return [];
  const base = canvas.getBoundingClientRect();
  return [...host.querySelectorAll(COVERING)]
    .map((element) => element.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x1: r.left - base.left, y1: r.top - base.top, x2: r.right - base.left, y2: r.bottom - base.top }));
}
