"""Test-only code: the seed graph, demo graphs and a live server in a thread. Nothing here
ships in the product."""
