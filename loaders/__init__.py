"""actornet loaders: fact model, fact files, resolution, extraction, the Neo4j writer."""
