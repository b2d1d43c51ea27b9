import { formatTenure } from '../../core/graph/dates.ts';
import type { HolderOf, RoleOf } from '../../core/graph/queries.ts';
import { heldAt, type DateStatus } from '../../core/algorithms/time.ts';
import type { Role } from '../../core/model/schema.ts';
import { formatDate } from '../../core/graph/dates.ts';
import { Fold } from './Fold.tsx';
import { NodeLink } from '../../ui/links.tsx';
import { PostTitle } from './PostTitle.tsx';

/** Dates, status and confidence of a post, on the line under it. */
function Tenure({ role, then }: { role: Role; then: DateStatus | null }) {
  return (
    <span className="muted">
      {formatTenure(role)}
      {role.status !== 'unknown' && ` · ${role.status}`}
      {role.confidence !== 'confirmed' && ` · ${role.confidence}`}
      {then === 'maybe' && ' · dates too uncertain to tell whether held then'}
    </span>
  );
}

function Notes({ role }: { role: Role }) {
  return (
    <>
      {role.notes.map((n) => (
        <span key={n} className="note">
          {' '}
          Note: {n}
        </span>
      ))}
    </>
  );
}

/** Splits posts by the "as of" date: held (or maybe held) then, and the others. */
function splitByDate<T extends { role: Role }>(items: readonly T[], asOf: string | null) {
  if (asOf === null) return { then: items.map((item) => ({ item, status: null })), other: [] as T[] };
  const then: { item: T; status: DateStatus | null }[] = [];
  const other: T[] = [];
  for (const item of items) {
    const status = heldAt(item.role, asOf);
    if (status === 'no') other.push(item);
    else then.push({ item, status });
  }
  return { then, other };
}

/** A person's posts; with an "as of" date, those held then first and the others folded, with their dates. */
export function PostsSection({ roles, asOf }: { roles: readonly RoleOf[]; asOf: string | null }) {
  if (roles.length === 0) return null;
  const { then, other } = splitByDate(roles, asOf);
  const item = ({ role, organization }: RoleOf, status: DateStatus | null) => (
    <li key={role.id} data-role={role.id}>
      <PostTitle role={role} organization={organization} />
      <br />
      <Tenure role={role} then={status} />
      <Notes role={role} />
    </li>
  );
  return (
    <Fold label="Posts held" title={asOf ? `Posts held on ${formatDate(asOf)}` : 'Posts held'} count={then.length}>
      {then.length > 0 ? (
        <ul className="roles">{then.map(({ item: r, status }) => item(r, status))}</ul>
      ) : (
        <p className="muted">None on record on that date.</p>
      )}
      {other.length > 0 && (
        <Fold label="Other posts" title="Other posts, not held then" count={other.length} open={false} level={4}>
          <ul className="roles">{other.map((r) => item(r, null))}</ul>
        </Fold>
      )}
    </Fold>
  );
}

/** The people in posts at an agency or organisation; with an "as of" date, those in post then first. */
export function HoldersSection({ holders, asOf }: { holders: readonly HolderOf[]; asOf: string | null }) {
  if (holders.length === 0) return null;
  const { then, other } = splitByDate(holders, asOf);
  const item = ({ role, person }: HolderOf, status: DateStatus | null) => (
    <li key={role.id} data-role={role.id}>
      <NodeLink node={person} />, {role.title}
      <br />
      <Tenure role={role} then={status} />
    </li>
  );
  return (
    <Fold
      label="People in posts here"
      title={asOf ? `People in posts here on ${formatDate(asOf)}` : 'People in posts here'}
      count={then.length}
    >
      {then.length > 0 ? (
        <ul className="roles">{then.map(({ item: h, status }) => item(h, status))}</ul>
      ) : (
        <p className="muted">None on record on that date.</p>
      )}
      {other.length > 0 && (
        <Fold label="Other posts" title="Others, not in post then" count={other.length} open={false} level={4}>
          <ul className="roles">{other.map((h) => item(h, null))}</ul>
        </Fold>
      )}
    </Fold>
  );
}
