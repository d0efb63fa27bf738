// Named channels, e.g. "the Russian-Emirati channel".
UNWIND $rows AS row
MERGE (c:Channel {id: row.id})
  ON CREATE SET c.name = row.name
