"""actornet service: FastAPI app, settings, Neo4j access, CLI."""
