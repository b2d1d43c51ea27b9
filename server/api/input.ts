// The API's inputs as zod schemas: anything out of range is a 400 with the reason, before any query runs.
import { z } from 'zod';
import { LIMITS } from './limits.ts';

const id = z.string().trim().min(1, 'an id cannot be empty').max(LIMITS.idChars.max);
const offset = z.coerce.number().int().min(0).max(LIMITS.offset.max).default(0);
const optionalText = z.string().trim().min(1).max(100).optional();

export const searchInput = z.object({
  q: z.string().trim().min(LIMITS.queryChars.min, 'q is required').max(LIMITS.queryChars.max),
  limit: z.coerce.number().int().min(1).max(LIMITS.search.max).default(LIMITS.search.default),
  offset,
  schema: optionalText,
});

export const entityInput = z.object({ id });

export const neighboursInput = z.object({
  id,
  type: optionalText,
  limit: z.coerce.number().int().min(1).max(LIMITS.neighbours.max).default(LIMITS.neighbours.default),
  offset,
});

export const pathsInput = z.object({
  from: id,
  to: id,
  maxDepth: z.coerce.number().int().min(1).max(LIMITS.pathDepth.max).default(LIMITS.pathDepth.default),
  limit: z.coerce.number().int().min(1).max(LIMITS.paths.max).default(LIMITS.paths.default),
});

export const rankingsInput = z.object({
  by: z.enum(['relations', 'sanctions']).default('relations'),
  limit: z.coerce.number().int().min(1).max(LIMITS.rankings.max).default(LIMITS.rankings.default),
});

export const exportInput = z.object({
  ids: z.array(id).min(1, 'ids is empty').max(LIMITS.exportIds.max),
  /** Also the relationship entities and Sanctions between or about the given ids (default true). */
  related: z.boolean().default(true),
});

/** The first problem of a failed parse as one sentence: "limit: Too big: expected number to be <=200". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
