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
SET m.date_precision = CASE WHEN m.date_precision = 'unknown' THEN row.date_precision
                            ELSE m.date_precision END
WITH m, row
MATCH (d:Document {id: row.doc})
MERGE (m)-[r:REPORTED_IN]->(d)
SET r.quote = row.quote, r.start = row.start, r.end = row.end, r.confidence = row.confidence,
    r.extractor = row.extractor, r.status = row.status, r.date_text = row.date_text,
    r.date_start = date(row.date_start)
