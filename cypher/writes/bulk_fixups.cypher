// After a bulk import: the importer leaves empty lists out, the loader writes them as [].
MATCH (a:Actor) WHERE a.aliases IS NULL OR a.alias_keys IS NULL
SET a.aliases = coalesce(a.aliases, []), a.alias_keys = coalesce(a.alias_keys, []);

MATCH (p:Place) WHERE p.aliases IS NULL
SET p.aliases = []
