// Places (cities, venues, airports, regions).
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
  ON CREATE SET p.name = row.name, p.kind = row.kind, p.aliases = []
SET p.country = coalesce(p.country, row.country),
    p.aliases = p.aliases + [x IN row.aliases WHERE NOT x IN p.aliases AND x <> p.name]
