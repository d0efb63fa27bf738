"""One module per question the service answers (who met, network, meetings, paths, actors,
channels, documents, export): each resolves what the user typed, runs its Cypher module(s) and
returns a typed answer. The REST routes (:mod:`service.api`) and the pages
(:mod:`service.views`) are thin layers over these modules and never compute an answer
themselves."""
