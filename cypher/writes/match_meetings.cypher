// For meetings without an id of their own: an existing meeting with at least two of the
// same participants and a compatible date is the same meeting.
UNWIND $rows AS row
MATCH (a:Actor)-[:ATTENDED]->(m:Meeting)
WHERE a.id IN row.participant_ids
WITH row, m, count(DISTINCT a) AS shared
WHERE shared >= 2 AND shared * 2 >= size(row.participant_ids)
  AND (row.date_start IS NULL OR m.date_start IS NULL
       OR abs(duration.inDays(m.date_start, date(row.date_start)).days) <= 31)
WITH row, m, shared ORDER BY shared DESC
RETURN row.id AS id, collect(m.id)[0] AS existing
