# Sourcelight. `make run` serves the API; `make test` runs every test, browser tests included.
VENV   ?= .venv
PY     := $(VENV)/bin/python
HOST   ?= 127.0.0.1
PORT   ?= 8765
CORPUS ?= ../shared/corpus
STAMP  := $(VENV)/.installed-stamp
export HF_HUB_OFFLINE = 1
export TRANSFORMERS_OFFLINE = 1

.PHONY: setup run test bench fuzz load clean

setup: $(STAMP) node_modules/.installed-stamp

# pip 23 cannot resolve lxml[html-clean]: upgrade pip inside the venv first.
$(STAMP): requirements.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

# web-ext (Mozilla's extension linter) for the lint test; npm ci installs the locked version.
node_modules/.installed-stamp: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

run: $(STAMP)
	$(PY) -m server serve --host $(HOST) --port $(PORT)

test: setup
	$(PY) -m pytest -q

bench: setup
	$(PY) bench/extraction.py $(CORPUS)/extraction
	$(PY) bench/annotation.py --corpus-root $(CORPUS)
	$(PY) bench/summaries.py $(CORPUS)/summaries/dev.jsonl
	$(PY) bench/anchoring.py $(CORPUS)/extraction

load: setup
	$(PY) bench/load.py $(CORPUS)/extraction

fuzz: setup
	$(PY) -m pytest -q tests/test_fuzz.py --hypothesis-profile=long

clean:
	rm -rf $(VENV) node_modules .pytest_cache .hypothesis
