// For meetings without an id of their own: an existing meeting with at least two of the
// same participants (and at least half of them), the same place when both name one, and a
// date within the coarser of the two precisions (a day, a week, a month, a year) is the
// same meeting reported again. Dated rows look only at meetings near their date, or that
// start the week, month or year their date falls in.
//
// Where the candidates are read from: a row dated to the day or the week seeks the meetings
// near its date (index seeks over a few days). A row dated to the month or the year, or not
// dated, would seek months of everyone's meetings; it reads instead the meetings two of its
// participants attended together. Only a pair with a contact (MET, the projection the writer
// keeps exact in the same transaction) has any, and a pair's shared meetings are read from
// the side that attended fewer.
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.date_start IS NOT NULL AND coalesce(row.date_precision, 'unknown') IN ['day', 'week']
  WITH row, date(row.date_start) AS day,
       CASE row.date_precision WHEN 'day' THEN 1 ELSE 7 END AS span
  MATCH (m:Meeting)
  WHERE m.date_start >= day - duration({days: span}) AND m.date_start <= day + duration({days: span})
  RETURN m
  UNION
  WITH row WHERE row.date_start IS NOT NULL AND coalesce(row.date_precision, 'unknown') IN ['day', 'week']
  WITH date(row.date_start) AS day
  MATCH (m:Meeting)
  WHERE m.date_start >= day - duration({days: 7}) AND m.date_start <= day
    AND m.date_precision <> 'day'
  RETURN m
  UNION
  WITH row WHERE row.date_start IS NOT NULL AND coalesce(row.date_precision, 'unknown') IN ['day', 'week']
  WITH date(row.date_start) AS day
  UNWIND [date({year: day.year, month: day.month, day: 1}), date({year: day.year, month: 1, day: 1})] AS first
  MATCH (m:Meeting {date_start: first})
  WHERE m.date_precision IN ['month', 'year', 'unknown']
  RETURN m
  UNION
  WITH row WHERE row.date_start IS NULL OR NOT coalesce(row.date_precision, 'unknown') IN ['day', 'week']
  WITH row, CASE WHEN row.date_start IS NOT NULL THEN date(row.date_start) END AS day,
       CASE row.date_precision WHEN 'month' THEN 31 ELSE 366 END AS span
  UNWIND row.participant_ids AS i
  UNWIND row.participant_ids AS j
  WITH DISTINCT day, span, i, j WHERE i < j
  MATCH (a:Actor {id: i})
  MATCH (b:Actor {id: j})
  WHERE EXISTS { (a)-[:MET]-(b) }
  WITH day, span,
       CASE WHEN COUNT { (a)-[:ATTENDED]->() } <= COUNT { (b)-[:ATTENDED]->() }
            THEN [a, b] ELSE [b, a] END AS ends
  WITH day, span, ends[0] AS fewer, ends[1] AS other
  MATCH (fewer)-[:ATTENDED]->(m:Meeting)
  WHERE EXISTS { (m)<-[:ATTENDED]-(other) }
    // as the seeks above would find it: near the date, or starting its month or year
    AND (day IS NULL
         OR m.date_start >= day - duration({days: span}) AND m.date_start <= day + duration({days: span})
         OR m.date_start IN [date({year: day.year, month: day.month, day: 1}),
                             date({year: day.year, month: 1, day: 1})]
            AND m.date_precision IN ['month', 'year', 'unknown'])
  RETURN DISTINCT m
}
// shared counts people, not attendances: one person in two roles is one shared participant
// (participant_ids holds each once); each is looked up by its id, whatever the statistics
WITH row, m,
     size([p IN row.participant_ids WHERE EXISTS { (m)<-[:ATTENDED]-(:Actor {id: p}) }]) AS shared
WHERE shared >= 2 AND shared * 2 >= size(row.participant_ids)
  AND m.id <> row.id
  AND (row.place IS NULL OR NOT EXISTS { (m)-[:HELD_AT]->() }
       OR EXISTS { (m)-[:HELD_AT]->(:Place {id: row.place}) })
  AND (row.date_start IS NULL OR m.date_start IS NULL
       OR abs(duration.inDays(m.date_start, date(row.date_start)).days) <=
          CASE
            WHEN 'year' IN [row.date_precision, m.date_precision] THEN 366
            WHEN 'unknown' IN [row.date_precision, m.date_precision] THEN 366
            WHEN 'month' IN [row.date_precision, m.date_precision] THEN 31
            WHEN 'week' IN [row.date_precision, m.date_precision] THEN 7
            ELSE 1
          END)
WITH row, m, shared ORDER BY shared DESC, m.id
RETURN row.id AS id, collect(m.id)[0] AS existing
