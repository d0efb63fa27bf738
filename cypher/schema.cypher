// actornet schema: uniqueness constraints on every node label's id, lookup indexes and a
// full-text index over actor names and aliases. Every statement is IF NOT EXISTS, so
// applying this file twice changes nothing. Runs as is in Neo4j Browser (multi-statement).
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT channel_id IF NOT EXISTS FOR (n:Channel) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (n:WriteLock) REQUIRE n.id IS UNIQUE;
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX actor_country IF NOT EXISTS FOR (n:Actor) ON (n.country);
CREATE INDEX actor_name_key IF NOT EXISTS FOR (n:Actor) ON (n.name_key);
CREATE INDEX actor_alias_keys IF NOT EXISTS FOR (n:Actor) ON (n.alias_keys);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date_start);
CREATE INDEX meeting_kind IF NOT EXISTS FOR (n:Meeting) ON (n.kind);
CREATE INDEX document_sha IF NOT EXISTS FOR (n:Document) ON (n.sha256);
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.published);
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.alias_text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
