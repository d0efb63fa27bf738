"""The Cypher catalog: its typed module names and the ``cypher/`` folder hold the same modules,
and every module has at least one statement."""

from __future__ import annotations

from typing import get_args

from core import catalog


def on_disk() -> set[str]:
    root = catalog.cypher_dir()
    return {"schema"} | {f"{path.parent.name}/{path.stem}" for path in root.glob("*/*.cypher")}


def test_the_typed_names_are_the_modules_in_the_cypher_folder() -> None:
    assert set(get_args(catalog.Module)) == on_disk()


def test_every_module_has_a_statement() -> None:
    for name in get_args(catalog.Module):
        assert catalog.statements(name), name


def test_admin_modules_are_listed_apart_from_the_query_modules() -> None:
    assert "admin/reset" in catalog.modules("admin")
    assert not any(name.startswith("admin/") for name in catalog.modules())
