-- phase: after-load
-- The primary key dropped for the load (004), built once over the merged rows.
ALTER TABLE entities ADD PRIMARY KEY (id);
