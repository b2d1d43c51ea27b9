// One entry for the graph algorithms: filters, time slicing, neighbourhoods and expansion, paths, insights,
// rankings.
// Each lives in its own module; all are pure functions of the graph that return new sets and maps.
export * from './types.ts';
export * from './time.ts';
export * from './neighbourhood.ts';
export * from './filters.ts';
export * from './paths.ts';
export * from './insights.ts';
export * from './rankings.ts';
export * from './nodeSize.ts';
export * from './unconnected.ts';
