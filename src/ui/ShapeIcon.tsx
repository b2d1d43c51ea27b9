import type { NodeShape } from '../core/model/kindLook.ts';

const POINTS: Record<Exclude<NodeShape, 'ellipse' | 'round-rectangle' | 'barrel'>, string> = {
  hexagon: '4,9 6.5,3 13.5,3 16,9 13.5,15 6.5,15',
  diamond: '10,1 19,9 10,17 1,9',
  'round-octagon': '6,2 14,2 18,6 18,12 14,16 6,16 2,12 2,6',
  pentagon: '10,1 19,7.5 15.5,17 4.5,17 1,7.5',
};

/** A small picture of a node shape, for the legend and lists. */
export function ShapeIcon({ shape, color, dashed = false }: { shape: NodeShape; color: string; dashed?: boolean }) {
  const common = {
    fill: dashed ? 'none' : color,
    stroke: color,
    strokeWidth: 2,
    strokeDasharray: dashed ? '3 2' : undefined,
  };
  return (
    <svg width="20" height="18" viewBox="0 0 20 18" aria-hidden="true" className="shape-icon">
      {shape === 'ellipse' && <ellipse cx="10" cy="9" rx="8" ry="7" {...common} />}
      {shape === 'round-rectangle' && <rect x="2" y="3" width="16" height="12" rx="3" {...common} />}
      {/* Cytoscape's barrel: corners curved over a quarter of the width, barely down the sides (see svg.ts). */}
      {shape === 'barrel' && <rect x="2" y="2" width="16" height="14" rx="4" ry="0.7" {...common} />}
      {shape !== 'ellipse' && shape !== 'round-rectangle' && shape !== 'barrel' && (
        <polygon points={POINTS[shape]} {...common} />
      )}
    </svg>
  );
}

/** A short line sample for an edge style. */
export function LineIcon({
  color,
  line,
  arrow,
}: {
  color: string;
  line: 'solid' | 'dashed' | 'dotted';
  arrow: boolean;
}) {
  const dash = line === 'dashed' ? '5 3' : line === 'dotted' ? '1.5 2.5' : undefined;
  return (
    <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" className="shape-icon">
      <line x1="1" y1="6" x2={arrow ? 21 : 27} y2="6" stroke={color} strokeWidth="2.5" strokeDasharray={dash} />
      {arrow && <polygon points="20,2 27,6 20,10" fill={color} />}
    </svg>
  );
}
