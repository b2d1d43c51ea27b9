// The modules made by scripts/lib/bundledDataPlugin.ts.
declare module 'virtual:bundled-data' {
  /** The ValidationResult of the data/ folder, as JSON text. */
  const json: string;
  export default json;
}

declare module 'virtual:bundled-data/fetch' {
  /** The ValidationResult of the data/ folder, as JSON text: fetched from the built data file in a build. */
  export default function fetchBundledData(): Promise<string>;
}
