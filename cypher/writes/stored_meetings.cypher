// The stored meetings new reports were matched to ($ids): date, its precision, places and
// attendees. The writer tells from them which later documents of a batch may report the same
// meeting (loaders/writer.py: waves).
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN id, toString(m.date_start) AS date_start, m.date_precision AS date_precision,
       [(m)-[:HELD_AT]->(p:Place) | p.id] AS places,
       [(a:Actor)-[:ATTENDED]->(m) | a.id] AS attendees
