// Documents not in the graph yet, created with the actors they mention ($rows: one per
// document, its mentions as [actor, names, quote, start, end, confidence, extractor], one per
// actor): what document.cypher and mentions.cypher give a new document, without their look-ups.
UNWIND $rows AS row
CREATE (d:Document {id: row.id, title: row.title, outlet: row.outlet, url: row.url,
                    published: date(row.published), language: row.language,
                    sha256: row.sha256, facts_sha256: row.facts_sha256, text: row.text,
                    source: row.source, loaded_at: datetime()})
WITH d, row
CALL (d, row) {
  UNWIND row.mentions AS x
  MATCH (a:Actor {id: x[0]})
  CREATE (d)-[:MENTIONS {names: x[1], quote: x[2], start: x[3], end: x[4], confidence: x[5],
                         extractor: x[6]}]->(a)
}
