# Wijkaanpak: the one entry point. `make demo` and `make test` install what they need.
SHELL := /bin/bash
PY_SYS := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup system venv demo test test-fast lint format bench bench-smoke evaluate zip install \
        translations sample-data clean

setup: system venv translations

system:
	@bash scripts/install_system.sh

$(VENV)/.dev-ok: requirements-dev.txt
	@test -x $(PY) || $(PY_SYS) -m venv --system-site-packages $(VENV)
	@$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

venv: system $(VENV)/.dev-ok

translations: system
	@$(PY_SYS) scripts/build_translations.py

demo: setup
	$(PY_SYS) scripts/demo.py --out out/demo

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: venv
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: setup lint
	$(MAKE) --no-print-directory bench-smoke
	$(PY) -m pytest tests -q

test-fast: setup
	$(PY) -m pytest tests -q -m "not desktop and not qgis_process"

bench: setup
	$(PY_SYS) scripts/bench.py --out docs/benchmarks.md

bench-smoke: setup
	$(PY_SYS) scripts/bench.py --smoke --out out/bench/smoke.md

evaluate: setup
	$(PY_SYS) scripts/evaluate_loneliness.py --out out/evaluate

sample-data: system
	$(PY_SYS) scripts/build_sample_data.py
	$(PY_SYS) scripts/build_sample_data.py --test-data
	$(PY_SYS) scripts/build_training_data.py

zip: translations
	$(PY_SYS) scripts/build_zip.py --out dist

install: zip
	$(PY_SYS) scripts/install_plugin.py dist/wijkaanpak-$(VERSION).zip

clean:
	rm -rf out dist .pytest_cache .ruff_cache
