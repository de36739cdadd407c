# Mornings Desktop — `make run` opens the app, `make test` runs the whole suite headless.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-test
SYSTEM_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libglib2.0-0 libpulse0 libnss3 libasound2 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
	libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-image0 libxcb-render-util0 \
	xvfb xauth xdotool poppler-utils fonts-dejavu-core
CORE := mornings_desktop/ledger mornings_desktop/store mornings_desktop/services mornings_desktop/codes.py mornings_desktop/sync

.PHONY: run test lint test-fast test-slow libreoffice test-seeds bench mutants system-deps venv translations screenshots package clean

run: $(VENV)/.installed translations
	$(PY) main.py

test: $(STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 --dist loadgroup -q -m "not slow"

test-fast: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q -m "not slow"

test-slow: $(STAMP) translations libreoffice
	HYPOTHESIS_PROFILE=slow QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 --dist loadgroup -q

test-seeds: $(STAMP) translations
	PY=$(PY) SEEDS=$${SEEDS:-20} bash scripts/hypothesis_seeds.sh

lint: $(STAMP)
	$(VENV)/bin/ruff check mornings_desktop tests benchmarks scripts main.py
	$(VENV)/bin/ruff format --check mornings_desktop tests benchmarks scripts main.py
	$(VENV)/bin/mypy

# Mutation testing of ledger/, codes.py, services/checkin*.py, trust/ and sync/ (scripts/mutants.py;
# not part of `make test`): cached, one coverage-selected set of example tests per mutant, niced.
# FRESH=1 ignores the cache, JOBS=n runs n mutants at once (default 2), ONLY=glob limits it to some
# modules, MINUTES=n starts no mutant after n minutes (the next run takes the rest from the cache),
# KEEP=1 keeps the mutants an earlier run killed when only their tests changed (runs the survivors).
# The `sync` target's modules start one PostgreSQL (pgserver) for the run; NOPG=1 leaves its `pg`
# tests out.
mutants: $(VENV)/.installed-mutants
	QT_QPA_PLATFORM=offscreen nice -n 19 $(PY) scripts/mutants.py -j $${JOBS:-2} \
		$(if $(FRESH),--fresh) $(if $(MINUTES),--minutes $(MINUTES)) $(if $(NOPG),--no-pg) \
		$(if $(KEEP),--keep-killed) \
		$(foreach g,$(ONLY),--only '$(g)')

$(VENV)/.installed-mutants: pyproject.toml $(STAMP)
	$(VENV)/bin/pip install -q -e ".[test,mutants]"
	touch $@

bench: $(STAMP) translations
	$(VENV)/bin/pip install -q -e ".[test,bench]"
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

translations: $(VENV)/.installed
	$(PY) scripts/i18n.py build

screenshots: $(STAMP) translations
	$(PY) scripts/screenshots.py

# LibreOffice Calc without its GUI, for the round trip of our workbooks and CSV in test-slow
# (tests/unit/documents/test_libreoffice_round_trip.py); installed only as root with apt.
libreoffice:
	@if command -v soffice >/dev/null; then :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		echo "Installing libreoffice-calc-nogui (for make test-slow)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends libreoffice-calc-nogui >/dev/null; \
	else echo "LibreOffice round trip skipped: run sudo apt-get install -y libreoffice-calc-nogui"; fi

system-deps:
	@if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
		if [ -n "$$missing" ]; then \
			echo "Installing system packages:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
		fi; \
	else \
		missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
		if [ -n "$$missing" ]; then echo "Qt needs system libraries; please run:"; \
			echo "  sudo apt-get install -y$$missing"; fi; \
	fi

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python system-deps
	$(VENV)/bin/pip install -q -e .
	touch $@

$(STAMP): pyproject.toml | $(VENV)/bin/python system-deps
	$(VENV)/bin/pip install -q -e ".[test]"
	touch $(VENV)/.installed $@

package: $(STAMP) translations
	$(VENV)/bin/pip install -q -e ".[package]"
	@if command -v desktop-file-validate >/dev/null; then \
		desktop-file-validate packaging/linux/*.desktop && echo "desktop entry: valid"; \
	else echo "desktop-file-validate not installed: desktop entry not checked"; fi
	@if command -v appstreamcli >/dev/null; then \
		appstreamcli validate --no-net packaging/linux/*.metainfo.xml; \
	else echo "appstreamcli not installed: AppStream metadata not checked"; fi
	PYTHONPATH=$(CURDIR) $(PY) -m PyInstaller --noconfirm --clean packaging/mornings.spec
	@size=$$(du -sm dist/mornings-desktop | cut -f1); echo "build: $$size MB (limit 300)"; \
		test "$$size" -lt 300 || { echo "the build is over 300 MB" >&2; exit 1; }
	./dist/mornings-desktop/mornings-desktop --self-test

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache resources/translations/build
