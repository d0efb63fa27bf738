// Relationships per type. Used by `actornet db stats`.
MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type;
