// Meetings and the document that reports them. A second document reporting the same
// meeting adds a REPORTED_IN of its own (with its quote, date and status as it states them).
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
  ON CREATE SET m.kind = row.kind, m.status = row.status, m.secret = row.secret,
                m.date_precision = row.date_precision
SET m.title = coalesce(m.title, row.title),
    m.date_text = coalesce(m.date_text, row.date_text),
    m.date_start = coalesce(m.date_start, date(row.date_start)),
    m.date_end = coalesce(m.date_end, date(row.date_end)),
    m.secret = m.secret OR row.secret
// A more precise date (day > week > month > year > unknown) replaces a vaguer one, whatever
// the order the documents are loaded in; a report that the meeting was held outranks one
// that it was planned or merely reported.
WITH m, row,
     {day: 4, week: 3, month: 2, year: 1, unknown: 0} AS rank
WITH m, row, coalesce(rank[row.date_precision], 0) > coalesce(rank[m.date_precision], 0)
       AND row.date_start IS NOT NULL AS sharper
SET m.date_precision = CASE WHEN sharper THEN row.date_precision ELSE m.date_precision END,
    m.date_start = CASE WHEN sharper THEN date(row.date_start) ELSE m.date_start END,
    m.date_end = CASE WHEN sharper THEN date(coalesce(row.date_end, row.date_start))
                      ELSE m.date_end END,
    m.date_text = CASE WHEN sharper AND row.date_text IS NOT NULL THEN row.date_text
                       ELSE m.date_text END,
    m.status = CASE WHEN row.status = 'held' AND m.status IN ['planned', 'reported'] THEN 'held'
                    ELSE m.status END
WITH m, row
MATCH (d:Document {id: row.doc})
MERGE (m)-[r:REPORTED_IN]->(d)
SET r.key = row.key, r.quote = row.quote, r.start = row.start, r.end = row.end, r.confidence = row.confidence,
    r.extractor = row.extractor, r.status = row.status, r.date_text = row.date_text,
    r.date_start = date(row.date_start)
