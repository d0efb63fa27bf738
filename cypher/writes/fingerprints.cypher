// The facts fingerprint of documents already in the graph: an unchanged document is skipped.
:param ids => ['baladi-2020-01-14-fidan-mamlouk-moscow'];
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.facts_sha256 AS sha;
