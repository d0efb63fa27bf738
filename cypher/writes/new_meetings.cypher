// Meetings that are new to the graph and reported once in this write ($rows: one per meeting,
// each with its attendance, place and channel rows as lists), created whole in one pass with
// no look-up of what may already exist: the meeting, its REPORTED_IN, who attended
// ([actor, role, on_behalf_of, side, quote, start, confidence, extractor]), where
// ([place, quote, start, confidence, extractor]) and through whom or what
// ([target, kind, detail, sides, quote, start, confidence, extractor]). What meetings,
// attended, held_at and via.cypher give such a meeting, the rows merged by the writer as they
// would merge them (one relationship per key, its details the first given).
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
CREATE (m:Meeting {id: row.id, kind: row.kind, status: row.status, secret: row.secret,
                   date_precision: row.date_precision, title: row.title,
                   date_text: row.date_text, date_start: date(row.date_start),
                   date_end: date(row.date_end)})
CREATE (m)-[:REPORTED_IN {key: row.key, quote: row.quote, start: row.start, end: row.end,
                          confidence: row.confidence, extractor: row.extractor,
                          status: row.status, date_text: row.date_text,
                          date_start: date(row.date_start)}]->(d)
WITH m, row
CALL (m, row) {
  UNWIND row.attended AS x
  MATCH (a:Actor {id: x[0]})
  CREATE (a)-[:ATTENDED {role: x[1], on_behalf_of: x[2], side: x[3], quotes: [x[4]],
                         starts: [x[5]], confidences: [x[6]], extractors: [x[7]],
                         doc_ids: [row.doc], confidence: x[8]}]->(m)
}
CALL (m, row) {
  UNWIND row.held_at AS x
  MATCH (p:Place {id: x[0]})
  CREATE (m)-[:HELD_AT {quotes: [x[1]], starts: [x[2]], confidences: [x[3]],
                        extractors: [x[4]], doc_ids: [row.doc], confidence: x[5]}]->(p)
}
CALL (m, row) {
  UNWIND row.via_actor AS x
  MATCH (t:Actor {id: x[0]})
  CREATE (m)-[:VIA {kind: x[1], detail: x[2], sides: x[3], quotes: [x[4]], starts: [x[5]],
                    confidences: [x[6]], extractors: [x[7]], doc_ids: [row.doc],
                    confidence: x[8]}]->(t)
}
CALL (m, row) {
  UNWIND row.via_channel AS x
  MATCH (t:Channel {id: x[0]})
  CREATE (m)-[:VIA {kind: x[1], detail: x[2], sides: x[3], quotes: [x[4]], starts: [x[5]],
                    confidences: [x[6]], extractors: [x[7]], doc_ids: [row.doc],
                    confidence: x[8]}]->(t)
}
