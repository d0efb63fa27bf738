// Which actors a document mentions, under which names, with the best quote.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (a:Actor {id: row.actor})
MERGE (d)-[m:MENTIONS]->(a)
SET m.names = row.names, m.quote = row.quote, m.start = row.start, m.end = row.end,
    m.confidence = row.confidence, m.extractor = row.extractor
