-- phase: before-load
-- The load appends with COPY and checks nothing row by row: the primary key comes back after the load
-- (005), once the fragments of one id are merged into one row with this aggregate (file order kept).
ALTER TABLE entities DROP CONSTRAINT entities_pkey;
CREATE AGGREGATE merge_properties_agg(jsonb) (SFUNC = merge_properties, STYPE = jsonb, INITCOND = '{}');
