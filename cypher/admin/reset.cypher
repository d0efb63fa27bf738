// Delete every node and relationship in batches (the schema stays). Used by `actornet db reset`.
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS;
