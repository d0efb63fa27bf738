// Meetings newly shared by two actors ($rows: {a, b, ids}, a.id < b.id, each pair once):
// the contact (:Actor)-[:MET]->(:Actor) gains them. `meetings` counts the shared meetings,
// `first` and `last` are their earliest and latest dates, `latest` the ids of the newest
// ten (by date, newest first, then id). The `across_*` twins count only the meetings where
// the two sat across the table (not both on one ATTENDED.side): who_met reads those;
// `across_latest` is absent while there are none.
UNWIND $rows AS row
MATCH (a:Actor {id: row.a})
MATCH (b:Actor {id: row.b})
MERGE (a)-[r:MET]->(b)
  ON CREATE SET r.meetings = 0, r.latest = [], r.across = 0
WITH a, b, r, row
CALL (a, b, row) {
  UNWIND row.ids AS id
  MATCH (a)-[ra:ATTENDED]->(m:Meeting {id: id})<-[rc:ATTENDED]-(b)
  WHERE ra.side IS NULL OR rc.side IS NULL OR ra.side <> rc.side
  RETURN collect(DISTINCT m.id) AS across_ids
}
SET r.meetings = r.meetings + size(row.ids),
    r.across = coalesce(r.across, 0) + size(across_ids)
WITH r, row, across_ids
CALL (r, row) {
  UNWIND r.latest + row.ids AS id
  MATCH (m:Meeting {id: id})
  WITH DISTINCT m ORDER BY m.date_start DESC, m.id
  RETURN collect(m.id)[..10] AS latest, min(m.date_start) AS low, max(m.date_start) AS high
}
CALL (r, across_ids) {
  UNWIND coalesce(r.across_latest, []) + across_ids AS id
  MATCH (m:Meeting {id: id})
  WITH DISTINCT m ORDER BY m.date_start DESC, m.id
  RETURN collect(m.id)[..10] AS across_latest, min(m.date_start) AS across_low,
         max(m.date_start) AS across_high
}
SET r.latest = latest,
    r.first = CASE WHEN r.first IS NULL OR low < r.first THEN coalesce(low, r.first) ELSE r.first END,
    r.last = CASE WHEN r.last IS NULL OR high > r.last THEN coalesce(high, r.last) ELSE r.last END,
    r.across_latest = CASE WHEN size(across_latest) > 0 THEN across_latest END,
    r.across_first = CASE WHEN r.across_first IS NULL OR across_low < r.across_first
                          THEN coalesce(across_low, r.across_first) ELSE r.across_first END,
    r.across_last = CASE WHEN r.across_last IS NULL OR across_high > r.across_last
                         THEN coalesce(across_high, r.across_last) ELSE r.across_last END
