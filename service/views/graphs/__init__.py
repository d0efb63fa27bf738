"""Turning the answers' rows into the :class:`~service.views.graph.ViewGraph` each page draws:
one module per kind of graph, pure functions, no database.

Actor nodes keep the actor's id; meetings, places and named channels get a ``meeting:``,
``place:`` or ``channel:`` prefix so that no two kinds of node can share an id.
"""
