// A meeting reported again under a smaller derived id takes that id, so that a merged meeting's
// id is the smallest of its reports' whatever the order they are loaded in ($rows: {old, new}).
// The actions that name it (their `meeting`, and the `key` they merge on) follow.
UNWIND $rows AS row
MATCH (m:Meeting {id: row.old})
WHERE NOT EXISTS { MATCH (:Meeting {id: row.new}) }
SET m.id = row.new
WITH m, row
CALL (m, row) {
  MATCH (m)-[:REPORTED_IN]->(:Document)-[:MENTIONS]->(:Actor)-[r:BOYCOTTED|INVITED|PREVENTED|DETAINED|TRANSPORTED|SANCTIONED|ISSUED_WARRANT]->()
  WHERE r.meeting = row.old
  WITH DISTINCT r
  SET r.meeting = row.new,
      r.key = CASE WHEN r.key = row.old THEN row.new ELSE r.key END
}
RETURN row.old AS old, row.new AS new
