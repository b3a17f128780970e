# Two commands on a fresh clone: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export TF_CPP_MIN_LOG_LEVEL ?= 3

.PHONY: venv run test lint format bench default-model package smoke-test install-desktop clean

$(STAMP): pyproject.toml requirements/constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c requirements/constraints.txt -e '.[test]'
	@touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	env -u QT_QPA_PLATFORM $(BIN)/cnngui

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider --durations=15

bench: $(STAMP)
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b; done

# The MNIST-trained base (build/), then fine-tuned on pen strokes with leave-writers-out folds.
PEN_DATA ?= ../shared/datasets/pendigits-strokes.jsonl.gz
default-model: $(STAMP)
	$(BIN)/python -m cnngui.core.default_model --out build/default_model_base.keras
	$(BIN)/python -m cnngui.core.default_model_pen --base build/default_model_base.keras \
	    --strokes $(PEN_DATA) --folds 1,2/3,4/5,6,7 --out resources/default_model.keras

package: $(STAMP)
	$(BIN)/python -m pip install -q -c requirements/constraints.txt -e '.[package]'
	packaging/build.sh

smoke-test:
	packaging/smoke_test.sh

install-desktop:
	packaging/install_desktop.sh

clean:
	rm -rf build dist .pytest_cache .ruff_cache
