// The meetings $ids as they stand now: date, attendees and their sides. Each meeting found is write-locked
// first (SET then REMOVE of a marker: no change), so that no other transaction changes its
// attendees between this snapshot and the commit.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
SET m._lock = true
REMOVE m._lock
RETURN m.id AS id, m.date_start AS date, [(a:Actor)-[r:ATTENDED]->(m) | [a.id, r.side]] AS attended
