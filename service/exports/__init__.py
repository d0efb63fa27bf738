"""Exports of the graph for the tools analysts open it in: Gephi, Cytoscape, Kumu, yEd,
networkx/igraph, and FollowTheMoney (Aleph, OpenSanctions, nomenklatura).

:mod:`.graph` gathers one export (an actor's network, a ``/network`` filter or the whole
graph) into plain records; :mod:`.formats` writes them out piece by piece for streaming.
"""
