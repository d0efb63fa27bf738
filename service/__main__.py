"""``python -m service`` runs the actornet command line."""

from service.cli import main

main()
