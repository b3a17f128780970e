# Two commands on a fresh clone: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export TF_CPP_MIN_LOG_LEVEL ?= 3

.PHONY: venv run test lint format bench default-model package package-gpu smoke-test \
	smoke-test-gpu install-desktop clean

# The bundles are built in their own environments, never in .venv: the CPU bundle with
# tensorflow-cpu (the same release without CUDA kernels; half the size), the GPU bundle with
# tensorflow[and-cuda]. cnngui itself is not installed there (PyInstaller reads the source
# tree), so the full tensorflow that pyproject.toml asks for is never pulled in.
CPU_VENV := .venv-package-cpu
GPU_VENV := .venv-package-gpu

$(CPU_VENV)/.installed: requirements/package-cpu.txt requirements/constraints.txt
	@test -x $(CPU_VENV)/bin/python || $(PYTHON) -m venv $(CPU_VENV)
	$(CPU_VENV)/bin/python -m pip install -q --upgrade pip
	$(CPU_VENV)/bin/python -m pip install -q -c requirements/constraints.txt \
		-r requirements/package-cpu.txt
	@touch $@

$(GPU_VENV)/.installed: requirements/package-gpu.txt requirements/constraints.txt
	@test -x $(GPU_VENV)/bin/python || $(PYTHON) -m venv $(GPU_VENV)
	$(GPU_VENV)/bin/python -m pip install -q --upgrade pip
	$(GPU_VENV)/bin/python -m pip install -q -c requirements/constraints.txt \
		-r requirements/package-gpu.txt
	@touch $@

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

package: $(CPU_VENV)/.installed
	PYTHON=$(CPU_VENV)/bin/python CNNGUI_BUNDLE=cnngui packaging/build.sh

package-gpu: $(GPU_VENV)/.installed
	PYTHON=$(GPU_VENV)/bin/python CNNGUI_BUNDLE=cnngui-gpu packaging/build.sh

smoke-test:
	packaging/smoke_test.sh

smoke-test-gpu:
	REQUIRE_GPU=1 packaging/smoke_test.sh dist/cnngui-gpu

install-desktop:
	packaging/install_desktop.sh

clean:
	rm -rf build dist .pytest_cache .ruff_cache
