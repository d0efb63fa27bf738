// Nodes per label. Used by `actornet db stats`.
MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label;
