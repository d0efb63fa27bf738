// Stored actors a batch changed (a label, aliases, or a country, organisation type, title or
// description that wins over the stored one: see actors.cypher for the rules), each row the
// properties as the writer merged them; a null removes the property.
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a:__LABEL__, a += row
