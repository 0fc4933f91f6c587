# The two commands that do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test score bench lint clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

## make run: set up (once) and launch the dashboard on seeds/ with config.yaml
# (byte-compiled first, as pip compiles an installed package: an editable install is
# not, and with PYTHONDONTWRITEBYTECODE set every start would compile it again)
run: $(STAMP)
	@$(PY) -m compileall -q tui >/dev/null
	$(VENV)/bin/storyline seeds --config config.yaml

## make test: set up (once) and run every test
# (format, lint and types first: settings and the reason for each rule left out are in
# pyproject.toml)
test: $(STAMP)
	$(VENV)/bin/ruff format --check --quiet tui tests scripts
	$(VENV)/bin/ruff check --quiet tui tests scripts
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache
	$(PY) -m pytest -q

## make score: the extractors' scores on ../shared/dev-data (skips what is absent)
score: $(STAMP)
	$(PY) scripts/devscore.py

## make bench: speed and memory (never part of the tests)
bench: $(STAMP)
	$(PY) scripts/bench.py $(if $(TRAFILATURA_PYTHON),--trafilatura-python $(TRAFILATURA_PYTHON))

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
