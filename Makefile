# rightfirst: the two commands of the README, and the steps they are made of.
PY      := .venv/bin/python
VENV_OK := .venv/.installed
HOST    ?= 127.0.0.1
PORT    ?= 8000

.PHONY: run test install corpus model serve bench

## run: install, build what is missing, then serve the API and review page on embedded defaults
run: install corpus model
	$(PY) -m cli.main bootstrap-key
	$(PY) -m cli.main serve --host $(HOST) --port $(PORT)

## test: the default test suite (fast tests, storage on SQLite and PostgreSQL, the browser test)
test: install
	$(PY) -m pytest

install: $(VENV_OK)

$(VENV_OK): pyproject.toml
	test -x $(PY) || python3.11 -m venv .venv || python3 -m venv .venv
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(VENV_OK)

## corpus: build the synthetic corpus (seeded; about a minute) unless it is there
corpus: install
	test -s corpora/data/train.jsonl || $(PY) -m cli.main corpus build

## model: the shipped default model is used; train one only when none is there (tens of minutes)
model: install
	test -s models/CURRENT || $(PY) -m cli.main train --pattern-boosts training/pattern_boosts.json --length-buckets 50 --precision bf16 --promote

bench: install
	$(PY) benchmarks/model_speed.py
