// Meetings and the document that reports them. A second document reporting the same
// meeting adds a REPORTED_IN of its own (with its quote, date and status as it states them).
// What the meeting itself holds does not depend on the order the documents are loaded in:
// the leading report (the one whose id the meeting took, then the smallest id, then the
// smallest document id) gives its kind, title and status, and its date where no other is
// more precise; the others fill what it leaves empty.
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
  ON CREATE SET m.kind = row.kind, m.status = row.status, m.secret = row.secret,
                m.date_precision = row.date_precision
WITH m, row, NOT EXISTS {
  MATCH (m)-[r:REPORTED_IN]->(d:Document)
  WHERE d.id <> row.doc AND r.key IS NOT NULL
    AND [CASE WHEN r.key = m.id THEN 0 ELSE 1 END, r.key, d.id] <
        [CASE WHEN row.key = m.id THEN 0 ELSE 1 END, row.key, row.doc]
} AS lead
SET m.kind = CASE WHEN lead THEN row.kind ELSE m.kind END,
    m.title = CASE WHEN lead THEN coalesce(row.title, m.title) ELSE coalesce(m.title, row.title) END,
    m.date_text = coalesce(m.date_text, row.date_text),
    m.date_start = coalesce(m.date_start, date(row.date_start)),
    m.date_end = coalesce(m.date_end, date(row.date_end)),
    m.secret = m.secret OR row.secret
// A more precise date (day > week > month > year > unknown) replaces a vaguer one, and the
// leading report's replaces one as precise; a report that the meeting was held outranks one
// that it was planned or merely reported.
WITH m, row, lead,
     {day: 4, week: 3, month: 2, year: 1, unknown: 0} AS rank
WITH m, row, lead,
     coalesce(rank[row.date_precision], 0) AS mine, coalesce(rank[m.date_precision], 0) AS stored
WITH m, row, lead, mine >= stored AS even,
     row.date_start IS NOT NULL AND (mine > stored OR (lead AND mine = stored)) AS take
SET m.date_precision = CASE WHEN take THEN row.date_precision ELSE m.date_precision END,
    m.date_start = CASE WHEN take THEN date(row.date_start) ELSE m.date_start END,
    m.date_end = CASE WHEN take THEN date(coalesce(row.date_end, row.date_start))
                      ELSE m.date_end END,
    m.date_text = CASE WHEN (take OR (lead AND even)) AND row.date_text IS NOT NULL
                       THEN row.date_text ELSE m.date_text END,
    m.status = CASE
                 WHEN lead AND m.status = 'held' AND row.status IN ['planned', 'reported'] THEN 'held'
                 WHEN lead THEN row.status
                 WHEN row.status = 'held' AND m.status IN ['planned', 'reported'] THEN 'held'
                 ELSE m.status
               END
WITH m, row
MATCH (d:Document {id: row.doc})
MERGE (m)-[r:REPORTED_IN]->(d)
SET r.key = row.key, r.quote = row.quote, r.start = row.start, r.end = row.end, r.confidence = row.confidence,
    r.extractor = row.extractor, r.status = row.status, r.date_text = row.date_text,
    r.date_start = date(row.date_start)
