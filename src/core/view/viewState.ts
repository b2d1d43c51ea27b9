// The one shareable view state: its type and constants (types.ts) and its default, which the field table
// (fields.ts) holds row by row. The URL hash is a serialisation of it (see codec.ts).
export * from './types.ts';
export { defaultFilters, defaultViewState } from './fields.ts';
