"""What the loaders and the service share: settings, the Cypher catalog, the vocabulary,
name normalisation and domain errors. Imports neither :mod:`loaders` nor :mod:`service`."""
