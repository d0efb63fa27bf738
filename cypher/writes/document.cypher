// Create or update one document node. Parameters: $doc (a map of its properties).
MERGE (d:Document {id: $doc.id})
SET d.title = $doc.title, d.outlet = $doc.outlet, d.url = $doc.url,
    d.published = date($doc.published), d.language = $doc.language,
    d.sha256 = $doc.sha256, d.facts_sha256 = $doc.facts_sha256, d.text = $doc.text,
    d.source = $doc.source, d.loaded_at = datetime()
