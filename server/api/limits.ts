// Every list the API returns has a limit, and every input a range: the table in one place, so the zod
// schemas, the documentation and the tests read the same numbers.
export const LIMITS = {
  queryChars: { min: 1, max: 200 },
  search: { default: 10, max: 50 },
  neighbours: { default: 50, max: 200 },
  offset: { max: 10_000 },
  pathDepth: { default: 4, max: 6 },
  paths: { default: 3, max: 10 },
  /** Nodes a path search may visit before it gives up and says so. */
  pathVisits: 200_000,
  rankings: { default: 20, max: 100 },
  exportIds: { max: 500 },
  idChars: { max: 200 },
} as const;
