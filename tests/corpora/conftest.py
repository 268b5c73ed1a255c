"""A small corpus built once per test session (size 300: about three seconds)."""

from __future__ import annotations

import pytest

from corpora.build import generate, write

SMALL_SEED = 7
SMALL_SIZE = 300


@pytest.fixture(scope="session")
def small_splits() -> dict[str, list[dict]]:
    return generate(seed=SMALL_SEED, size=SMALL_SIZE)


@pytest.fixture(scope="session")
def small_dir(small_splits, tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    write(small_splits, out)
    return out


@pytest.fixture(scope="session")
def small_rows(small_splits) -> list[dict]:
    return [row for rows in small_splits.values() for row in rows]
