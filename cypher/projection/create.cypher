// New contacts ($rows: [a, b, properties], a.id < b.id, none stored yet), their values
// computed by the writer (loaders/projection.py) from the meetings it wrote. A contact
// (:Actor)-[:MET]->(:Actor) holds: `meetings`, the count of shared meetings; `first` and
// `last`, their earliest and latest dates; `latest`, the ids of the newest ten (by date,
// newest first, then id). The `across_*` twins count only the meetings where the two sat
// across the table (not both on one ATTENDED.side): who_met reads those; `across_latest`
// is absent while there are none.
UNWIND $rows AS row
MATCH (a:Actor {id: row[0]})
MATCH (b:Actor {id: row[1]})
CREATE (a)-[r:MET]->(b)
SET r = row[2]
SET r.first = date(row[2].first), r.last = date(row[2].last),
    r.across_first = date(row[2].across_first), r.across_last = date(row[2].across_last)
