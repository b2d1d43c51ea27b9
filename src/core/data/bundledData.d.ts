// The module made by scripts/lib/bundledDataPlugin.ts.
declare module 'virtual:bundled-data' {
  /** The ValidationResult of the data/ folder, as JSON text. */
  const json: string;
  export default json;
}
