# Wijkaanpak: the one entry point. `make demo` and `make test` install what they need.
SHELL := /bin/bash
PY_SYS := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1
# Chroots of `make test` live outside the checkout, so a clean clone on the same machine
# reuses them: the other supported Debian (scripts/chroot.sh) and Debian 11 for Python 3.9
# (scripts/py39_check.sh).
export WIJK_CACHE ?= /var/cache/wijkaanpak
export WIJK_CHROOT_CACHE ?= $(WIJK_CACHE)/chroot
export PY39_ROOT ?= $(WIJK_CACHE)/py39
export WIJK_STAGES ?= $(CURDIR)/out/test/stages.tsv
STAGE := bash scripts/stage.sh
CHROOT_VENV := /opt/wijkaanpak/venv
QGIS_VERSION = $(shell $(PY_SYS) -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION.split("-")[0])')

.PHONY: setup system venv demo test test-host stages test-fast lint format bench bench-smoke \
        stage-lint stage-bench stage-unit stage-qgis stage-qgis_process stage-desktop \
        evaluate zip install translations sample-data clean clean-chroots

setup: system venv translations

system:
	@bash scripts/install_system.sh

$(VENV)/.dev-ok: requirements-dev.txt
	@test -x $(PY) || $(PY_SYS) -m venv --system-site-packages $(VENV)
	@$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

venv: system $(VENV)/.dev-ok
	@echo "Developer tools (pytest-qgis, ruff) in $(VENV): in place."

translations: system
	@$(PY_SYS) scripts/build_translations.py

# The main job needs only Debian's packages (no PyPI): the dev venv is for `make test`.
demo: system translations
	$(PY_SYS) scripts/demo.py --out out/demo

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: venv
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# The whole suite on this machine's Debian AND on the other supported Debian (Debian 12 with
# QGIS 3.22 <-> Debian 13 with QGIS 3.40, in a chroot), plus the core on Python 3.9
# (scripts/test_all.sh). Every stage runs even when an earlier one failed; the closing table
# lists each stage with its time and the QGIS it ran on, and fails the run if any failed.
test: setup
	@VENV=$(VENV) CHROOT_VENV=$(CHROOT_VENV) bash scripts/test_all.sh

# The same suite on this machine's Debian only (quicker, for day-to-day work).
test-host: setup
	@$(STAGE) --reset
	@WIJK_KEEP_GOING=1 $(MAKE) --no-print-directory stages
	@$(STAGE) --summary

# The stages of the suite on the Debian this runs on (also inside the chroot), in the order
# of STAGES; scripts/test_all.sh gives the chroot another order, so that the host's and the
# chroot's bench smokes (which share out/bench/ and take turns) do not wait for each other.
STAGES ?= lint bench unit qgis qgis_process desktop
stages: venv
	@for stage in $(STAGES); do $(MAKE) --no-print-directory stage-$$stage || exit; done

stage-lint:
	@$(STAGE) lint $(MAKE) --no-print-directory lint
stage-bench:
	@mkdir -p out/test
	@flock out/test/.bench.lock $(STAGE) "bench smoke" \
	    $(PY_SYS) scripts/bench.py --smoke --out out/test/$(QGIS_VERSION)/bench_smoke.md
stage-unit:
	@$(STAGE) "unit tests" $(PY) -m pytest tests/unit -q -p no:cacheprovider
stage-qgis:
	@$(STAGE) "QGIS tests" $(PY) -m pytest tests/qgis -q -p no:cacheprovider \
	    -m "not desktop and not qgis_process"
stage-qgis_process:
	@$(STAGE) "qgis_process" $(PY) -m pytest tests/qgis -q -p no:cacheprovider -m qgis_process
stage-desktop:
	@$(STAGE) "desktop (Xvfb)" $(PY) -m pytest tests/qgis -q -p no:cacheprovider -m desktop

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

# The chroots of `make test` (rebuilt by the next `make test`, about 5 minutes).
clean-chroots:
	@bash scripts/chroot.sh clean
