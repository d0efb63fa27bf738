// A place lies in a country (__LABEL__ = Actor) or in a larger place (__LABEL__ = Place).
UNWIND $rows AS row
MATCH (p:Place {id: row.place})
MATCH (t:__LABEL__ {id: row.target})
MERGE (p)-[:IN]->(t)
