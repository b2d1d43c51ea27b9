import { formatTenure } from '../../core/graph/dates.ts';
import type { HolderOf, RoleOf } from '../../core/graph/queries.ts';
import type { ReactNode } from 'react';
import { heldAt } from '../../core/algorithms/time.ts';
import type { Role } from '../../core/model/schema.ts';
import { formatDate } from '../../core/graph/dates.ts';
import { Fold } from './Fold.tsx';
import { NodeLink } from '../../ui/links.tsx';
import { PostTitle } from './PostTitle.tsx';

/** Dates, status and confidence of a post, on the line under it. */
function Tenure({ role }: { role: Role }) {
  return (
    <span className="muted">
      {formatTenure(role)}
      {role.status !== 'unknown' && ` · ${role.status}`}
      {role.confidence !== 'confirmed' && ` · ${role.confidence}`}
    </span>
  );
}

/** With an "as of" date: the posts perhaps held then, and those not held then, each folded under its heading. */
function ByDate({ maybe, other, what }: { maybe: ReactNode[]; other: ReactNode[]; what: 'posts' | 'people' }) {
  return (
    <>
      {maybe.length > 0 && (
        <Fold
          label="Perhaps then"
          title={
            what === 'posts'
              ? 'Perhaps held then: dates too uncertain to tell'
              : 'Perhaps in post then: dates too uncertain to tell'
          }
          count={maybe.length}
          open={false}
          level={4}
        >
          <ul className="roles" data-posts-maybe="">
            {maybe}
          </ul>
        </Fold>
      )}
      {other.length > 0 && (
        <Fold
          label="Other posts"
          title={what === 'posts' ? 'Other posts, not held then' : 'Others, not in post then'}
          count={other.length}
          open={false}
          level={4}
        >
          <ul className="roles">{other}</ul>
        </Fold>
      )}
    </>
  );
}

function Notes({ role }: { role: Role }) {
  return (
    <>
      {role.notes.map((n, i) => (
        <span key={`${i}:${n}`} className="note">
          {' '}
          Note: {n}
        </span>
      ))}
    </>
  );
}

/**
 * Splits posts by the "as of" date: surely held then, perhaps held (dates too uncertain to tell), and the
 * others. Without a date every post is in `held`.
 */
function splitByDate<T extends { role: Role }>(items: readonly T[], asOf: string | null) {
  if (asOf === null) return { held: [...items], maybe: [] as T[], other: [] as T[] };
  const held: T[] = [];
  const maybe: T[] = [];
  const other: T[] = [];
  for (const item of items) {
    const status = heldAt(item.role, asOf);
    (status === 'yes' ? held : status === 'maybe' ? maybe : other).push(item);
  }
  return { held, maybe, other };
}

/**
 * A person's posts; with an "as of" date, those surely held then first, then (folded) those perhaps held
 * then and the others, each with their dates.
 */
export function PostsSection({ roles, asOf }: { roles: readonly RoleOf[]; asOf: string | null }) {
  if (roles.length === 0) return null;
  const { held, maybe, other } = splitByDate(roles, asOf);
  const item = ({ role, organization }: RoleOf) => (
    <li key={role.id} data-role={role.id}>
      <PostTitle role={role} organization={organization} />
      <br />
      <Tenure role={role} />
      <Notes role={role} />
    </li>
  );
  return (
    <Fold label="Posts held" title={asOf ? `Posts held on ${formatDate(asOf)}` : 'Posts held'} count={held.length}>
      {held.length > 0 ? (
        <ul className="roles">{held.map(item)}</ul>
      ) : (
        <p className="muted">{maybe.length > 0 ? 'None surely held then.' : 'None on record on that date.'}</p>
      )}
      <ByDate maybe={maybe.map(item)} other={other.map(item)} what="posts" />
    </Fold>
  );
}

/** The people in posts at an agency or organisation; with an "as of" date, those surely in post then first. */
export function HoldersSection({ holders, asOf }: { holders: readonly HolderOf[]; asOf: string | null }) {
  if (holders.length === 0) return null;
  const { held, maybe, other } = splitByDate(holders, asOf);
  const item = ({ role, person }: HolderOf) => (
    <li key={role.id} data-role={role.id}>
      <NodeLink node={person} />, {role.title}
      <br />
      <Tenure role={role} />
    </li>
  );
  return (
    <Fold
      label="People in posts here"
      title={asOf ? `People in posts here on ${formatDate(asOf)}` : 'People in posts here'}
      count={held.length}
    >
      {held.length > 0 ? (
        <ul className="roles">{held.map(item)}</ul>
      ) : (
        <p className="muted">{maybe.length > 0 ? 'Nobody surely in post then.' : 'None on record on that date.'}</p>
      )}
      <ByDate maybe={maybe.map(item)} other={other.map(item)} what="people" />
    </Fold>
  );
}
