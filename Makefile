# newswire: `make run` starts the pipeline with sample articles, `make test` runs every test.
SHELL := /bin/bash
RUN_DIR ?= run
BIN := .build/release
GATEWAY ?= tcp://127.0.0.1:5555
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SERVICES := store ingester extractor gateway web
WEB_PORT ?= 8080
# CURVE keys of every role, made on the first `make run` and used by every service and CLI call after it
KEYS := $(abspath $(RUN_DIR))/keys
WITH_KEYS := NEWSWIRE_CURVE_KEYS=$(KEYS)

.PHONY: run stop test deps build build-debug python-env clean status keys

## deps: system packages the build needs (libzmq), installed only when missing
deps:
	@dpkg -s libzmq3-dev >/dev/null 2>&1 || { echo "installing libzmq3-dev"; $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libzmq3-dev >/dev/null; }

build: deps
	swift build -c release

## keys: a CURVE keypair per role under run/keys, made once and kept
keys: build
	@$(BIN)/newswire keys init $(KEYS) | grep created || true

## run: build, start the four services in the background (logs, journal, database and keys under run/), ingest the samples, query
##      FEED=URL [EVERY=15m] subscribes the ingester to a feed; INBOX=DIR has it watch a folder
run: build keys
	@mkdir -p $(RUN_DIR)/logs
	@for s in $(SERVICES); do \
	  if [ -f $(RUN_DIR)/$$s.pid ] && kill -0 $$(cat $(RUN_DIR)/$$s.pid) 2>/dev/null; then echo "$$s already running (pid $$(cat $(RUN_DIR)/$$s.pid))"; continue; fi; \
	  case $$s in \
	    store) args="--database $(RUN_DIR)/newswire.sqlite";; \
	    ingester) args="--journal $(RUN_DIR)/journal$(if $(INBOX), --inbox $(INBOX))";; \
	    web) args="--port $(WEB_PORT)";; \
	    *) args="";; \
	  esac; \
	  $(WITH_KEYS) nohup $(BIN)/newswire-$$s $$args >> $(RUN_DIR)/logs/$$s.log 2>&1 & echo $$! > $(RUN_DIR)/$$s.pid; \
	  echo "started newswire-$$s (pid $$!, log $(RUN_DIR)/logs/$$s.log)"; \
	done
	@for i in $$(seq 1 50); do $(WITH_KEYS) $(BIN)/newswire status --gateway $(GATEWAY) --timeout 2 --retry-for 0 --json 2>/dev/null | grep -q '"extractor"' && break; sleep 0.2; done
	@$(WITH_KEYS) $(BIN)/newswire status --gateway $(GATEWAY)
	@echo
	@$(WITH_KEYS) $(BIN)/newswire ingest samples --gateway $(GATEWAY)
	@$(if $(FEED),$(BIN)/newswire feeds add $(FEED) --every $(or $(EVERY),15m) --journal $(RUN_DIR)/journal,true)
	@$(if $(INBOX),echo "inbox: files dropped in $(INBOX) are ingested, then moved to $(INBOX)/done or $(INBOX)/failed",true)
	@for i in $$(seq 1 50); do $(WITH_KEYS) $(BIN)/newswire search Kuleba --gateway $(GATEWAY) --json 2>/dev/null | grep -q '"id"' && break; sleep 0.2; done
	@echo; echo '$$ newswire search "air defence"'
	@$(WITH_KEYS) $(BIN)/newswire search "air defence" --gateway $(GATEWAY)
	@echo; echo "The pipeline is running, CURVE keys in $(KEYS). Try:"
	@echo "  export NEWSWIRE_CURVE_KEYS=$(KEYS)"
	@echo "  $(BIN)/newswire ingest ../shared/data/seed/mali-junta-russia.txt && $(BIN)/newswire search Wagner"
	@echo "The web view: http://127.0.0.1:$(WEB_PORT)/"
	@echo "Stop it with: make stop"

## stop: SIGTERM to each service, which drains and exits
stop:
	@for s in web gateway extractor ingester store; do \
	  if [ -f $(RUN_DIR)/$$s.pid ]; then \
	    pid=$$(cat $(RUN_DIR)/$$s.pid); \
	    if kill -TERM $$pid 2>/dev/null; then \
	      for i in $$(seq 1 50); do kill -0 $$pid 2>/dev/null || break; sleep 0.1; done; echo "stopped newswire-$$s"; \
	    fi; rm -f $(RUN_DIR)/$$s.pid; \
	  fi; \
	done

status:
	@$(WITH_KEYS) $(BIN)/newswire status --gateway $(GATEWAY)

## python-env: a virtual environment with pyzmq and pytest for the language-neutral protocol test
python-env:
	@[ -x .venv/bin/pytest ] && .venv/bin/python -c "import zmq" 2>/dev/null || { \
	  dpkg -s python3-venv >/dev/null 2>&1 || $(SUDO) apt-get install -y -qq python3-venv >/dev/null; \
	  python3 -m venv .venv && .venv/bin/pip install -q pyzmq pytest; }

## test: the Swift test suite (unit and end to end), then the Python protocol client
test: deps python-env
	swift build --build-tests
	swift test --skip-build
	NEWSWIRE_BIN=$$(swift build --show-bin-path) .venv/bin/pytest -q tests/python

clean:
	rm -rf .build $(RUN_DIR)
