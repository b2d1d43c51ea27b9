// What the benchmark measures: one entry per figure in the table, in table order, with how it is measured
// (the same words as docs/benchmarks.md). App-only figures (search) have no bare reference and no ratio.

export const METRIC_IDS = [
  'firstFrameMs',
  'layoutMs',
  'layoutLongestTaskMs',
  'longestTaskAfterFirstFrameMs',
  'panFrameMedianMs',
  'panFrameP95Ms',
  'zoomFrameMedianMs',
  'zoomFrameP95Ms',
  'selectMs',
  'filterMs',
  'asOfMs',
  'searchKeystrokeMs',
  'searchKeystrokeP95Ms',
  'heapMB',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

export interface MetricSpec {
  id: MetricId;
  label: string;
  unit: 'ms' | 'MB';
  /** Measured on the app only (the bare page has no search). */
  appOnly: boolean;
}

export const METRICS: readonly MetricSpec[] = [
  { id: 'firstFrameMs', label: 'Load to first drawn frame', unit: 'ms', appOnly: false },
  { id: 'layoutMs', label: 'Layout time', unit: 'ms', appOnly: false },
  { id: 'layoutLongestTaskMs', label: 'Longest main-thread task during layout', unit: 'ms', appOnly: false },
  { id: 'longestTaskAfterFirstFrameMs', label: 'Longest main-thread task after first frame', unit: 'ms', appOnly: false },
  { id: 'panFrameMedianMs', label: 'Pan frame time, median', unit: 'ms', appOnly: false },
  { id: 'panFrameP95Ms', label: 'Pan frame time, p95', unit: 'ms', appOnly: false },
  { id: 'zoomFrameMedianMs', label: 'Zoom frame time, median', unit: 'ms', appOnly: false },
  { id: 'zoomFrameP95Ms', label: 'Zoom frame time, p95', unit: 'ms', appOnly: false },
  { id: 'selectMs', label: 'Select and highlight (click to panel)', unit: 'ms', appOnly: false },
  { id: 'filterMs', label: 'Filter change (to canvas frame)', unit: 'ms', appOnly: false },
  { id: 'asOfMs', label: 'As-of date change (to canvas frame)', unit: 'ms', appOnly: false },
  { id: 'searchKeystrokeMs', label: 'Search, per keystroke, median', unit: 'ms', appOnly: true },
  { id: 'searchKeystrokeP95Ms', label: 'Search, per keystroke, p95', unit: 'ms', appOnly: true },
  { id: 'heapMB', label: 'JS heap after load (after GC)', unit: 'MB', appOnly: false },
];

export type MetricValues = Partial<Record<MetricId, number | null>>;
