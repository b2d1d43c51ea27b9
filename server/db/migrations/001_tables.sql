-- phase: before-load
-- The tables of one import. Every row carries the id of the entity it belongs to (entity_id), so that on a
-- distributed PostgreSQL (Citus) all of them shard by that column and one entity's rows live on one shard.

-- Every FtM entity of the file, as read (properties as JSONB), including Sanctions and relationship entities.
CREATE TABLE entities (
  id text PRIMARY KEY,
  schema text NOT NULL,
  caption text NOT NULL,
  properties jsonb NOT NULL,
  first_seen text,
  last_change text
);

-- Every name and alias of a party, normalised (lower case, no accents, single spaces) for trigram search.
CREATE TABLE names (
  entity_id text NOT NULL,
  name text NOT NULL,
  norm text NOT NULL,
  property text NOT NULL
);

-- Identifiers (registration, tax, IMO, passport numbers...) of a party, normalised to letters and digits.
CREATE TABLE identifiers (
  entity_id text NOT NULL,
  scheme text NOT NULL,
  value text NOT NULL,
  norm text NOT NULL
);

-- Typed edges from the shared FtM mapping rules, stored once per end: entity_id is the end the row is
-- read from, other_id the other end; direction is 'out' when entity_id is the relation's source.
CREATE TABLE adjacency (
  entity_id text NOT NULL,
  other_id text NOT NULL,
  relation_id text NOT NULL,
  type text NOT NULL,
  direction text NOT NULL CHECK (direction IN ('out', 'in')),
  label text,
  start_date text,
  end_date text
);

-- Sanctions as measures: one row per measure kind a Sanction imposes, with its resolved authority.
CREATE TABLE measures (
  entity_id text NOT NULL,
  sanction_id text NOT NULL,
  kind text NOT NULL,
  kind_guessed boolean NOT NULL,
  authority_id text NOT NULL,
  authority text NOT NULL,
  program text,
  start_date text,
  end_date text,
  listing_date text
);

-- The import's summary and rankings, computed once after the load.
CREATE TABLE dataset_info (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);

-- Two fragments of one entity (Aleph exports, or a child repeated in a nested export) are one row: each
-- property keeps the values of both, in order, without repeats.
CREATE FUNCTION merge_properties(a jsonb, b jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(jsonb_object_agg(key, merged), '{}'::jsonb)
  FROM (
    SELECT key, (
      SELECT jsonb_agg(value ORDER BY ord)
      FROM (
        SELECT DISTINCT ON (value) value, ord
        FROM jsonb_array_elements(coalesce(a -> key, '[]') || coalesce(b -> key, '[]')) WITH ORDINALITY AS t(value, ord)
        ORDER BY value, ord
      ) AS distinct_values
    ) AS merged
    FROM (SELECT jsonb_object_keys(a || b) AS key) AS keys
  ) AS per_key
$$;
