// Meetings newly shared by two actors ($rows: {a, b, ids}, a.id < b.id, each pair once):
// the contact (:Actor)-[:MET]->(:Actor) gains them. `meetings` counts the shared meetings,
// `first` and `last` are their earliest and latest dates, `latest` the ids of the newest
// ten (by date, newest first, then id).
UNWIND $rows AS row
MATCH (a:Actor {id: row.a})
MATCH (b:Actor {id: row.b})
MERGE (a)-[r:MET]->(b)
  ON CREATE SET r.meetings = 0, r.latest = []
SET r.meetings = r.meetings + size(row.ids)
WITH r, row
CALL (r, row) {
  UNWIND r.latest + row.ids AS id
  MATCH (m:Meeting {id: id})
  WITH DISTINCT m ORDER BY m.date_start DESC, m.id
  RETURN collect(m.id)[..10] AS latest, min(m.date_start) AS low, max(m.date_start) AS high
}
SET r.latest = latest,
    r.first = CASE WHEN r.first IS NULL OR low < r.first THEN coalesce(low, r.first) ELSE r.first END,
    r.last = CASE WHEN r.last IS NULL OR high > r.last THEN coalesce(high, r.last) ELSE r.last END
