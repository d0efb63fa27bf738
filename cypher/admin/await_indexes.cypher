// Wait (up to 300 s) until every index of the schema is online.
CALL db.awaitIndexes(300);
