# Two commands on a fresh Linux machine with Python 3.11: `make run` and `make test`.
PY ?= python3.11
VENV := .venv
# two workers: the machines have two cores; override with `make test PYTEST_ARGS=`
PYTEST_ARGS ?= -n 2
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install demo migrate serve test-fast bench clean

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	@command -v $(PY) >/dev/null 2>&1 || { echo "需要 Python 3.11（找不到 $(PY)）"; exit 1; }
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements-dev.txt
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/fazhi migrate

demo: migrate
	$(BIN)/fazhi demo

# make run: install, migrate, load the demo, print the demo logins, serve with waitress.
run: demo
	$(BIN)/fazhi serve --host 127.0.0.1 --port 8000

# The whole suite (SQLite unless DATABASE_URL is set). Browser tests drive /usr/bin/chromium.
test: install
	FAZHI_TESTING=1 $(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

test-fast: install
	FAZHI_TESTING=1 $(BIN)/python -m pytest -q -p no:cacheprovider -m "not browser" $(PYTEST_ARGS)

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) var
