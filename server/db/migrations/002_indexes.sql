-- phase: after-load
-- Built after the bulk load (faster than keeping them up to date row by row).
CREATE INDEX names_norm_trgm ON names USING gin (norm gin_trgm_ops);
CREATE INDEX names_entity ON names (entity_id);
CREATE INDEX identifiers_norm ON identifiers (norm);
CREATE INDEX identifiers_entity ON identifiers (entity_id);
CREATE INDEX adjacency_entity ON adjacency (entity_id, type, other_id);
CREATE INDEX adjacency_relation ON adjacency (relation_id);
CREATE INDEX measures_entity ON measures (entity_id);
