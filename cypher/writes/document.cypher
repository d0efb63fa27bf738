// Create or update documents: one row per document with its properties.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.title = row.title, d.outlet = row.outlet, d.url = row.url,
    d.published = date(row.published), d.language = row.language,
    d.sha256 = row.sha256, d.facts_sha256 = row.facts_sha256, d.text = row.text,
    d.source = row.source, d.loaded_at = datetime()
