# psei-ticker: `make demo` and `make test` do all the set-up on a fresh Debian machine with the Swift toolchain.
SHELL := /bin/bash
DEB_PACKAGES := librdkafka-dev libncursesw5-dev zlib1g-dev pkg-config kcat tmux chromium fonts-dejavu-core python3-jsonschema man-db
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN := .build/release/psei-ticker
# Release builds link the Swift runtime and Foundation statically: 4 MiB less resident memory (no dynamic
# relocation of Foundation's and ICU's symbols), a start without loading eight shared libraries, and a binary that
# needs only librdkafka, ncurses and libc at run time (Benchmarks/README.md).
SWIFT_RELEASE := swift build -c release --static-swift-stdlib
SAMPLE_SESSION := Sessions/pse-2026-11-25-simulated.jsonl

.PHONY: deps build release format reformat test bench demo demo-replay sample-session clean \
	install install-built install-program install-docs uninstall

## deps: install the Debian packages that are missing (apt-get update first; as root or through sudo)
deps:
	@missing=$$(for package in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || echo $$package; done); \
	if [ -n "$$missing" ]; then \
		echo "installing:" $$missing; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	swift build

release: deps
	$(SWIFT_RELEASE)

SWIFT_SOURCES := Sources Tests Benchmarks Package.swift

## format: check that the code is laid out as .swift-format says (part of make test; make reformat fixes it)
format:
	swift format lint --strict --configuration .swift-format --recursive $(SWIFT_SOURCES)

## reformat: lay the code out as .swift-format says
reformat:
	swift format format --in-place --configuration .swift-format --recursive $(SWIFT_SOURCES)

## test: the full suite (unit, Kafka over loopback against the embedded broker, kcat interop, end to end); one suite at a time (the fault tests check 2 s and 10 s deadlines on 2 shared cores)
test: deps format
	swift build --build-tests
	swift test --no-parallel

## bench: every benchmark in release mode (warm-up + 5 repetitions); table on stdout, JSON in .bench/results.json
bench: deps
	$(SWIFT_RELEASE) --product psei-bench
	$(SWIFT_RELEASE) --product psei-ticker
	.build/release/psei-bench

## demo: the dashboard on the embedded broker with the simulated day at 60x (q or Ctrl-C to quit)
demo: release
	$(RELEASE_BIN) demo

## demo-replay: the shipped sample day replayed at 60x with the DVR keys (README, or ? in the dashboard)
demo-replay: release
	$(RELEASE_BIN) replay $(SAMPLE_SESSION).gz --speed 60

## sample-session: re-record Sessions/pse-2026-11-25-simulated.jsonl.gz (seed 1) through the embedded broker
sample-session: release
	@$(RELEASE_BIN) broker --feed --pace max --seed 1 --date 2026-11-25 > .build/sample-broker.txt & broker=$$!; \
	trap 'kill $$broker 2>/dev/null; wait $$broker 2>/dev/null' EXIT; \
	for _ in $$(seq 50); do [ -s .build/sample-broker.txt ] && break; sleep 0.1; done; \
	bootstrap=$$(head -1 .build/sample-broker.txt | cut -d= -f2); \
	until kcat -C -b "$$bootstrap" -t pse.status -o beginning -e -q | grep -q '"phase":"closed"'; do sleep 0.5; done; \
	rm -f $(SAMPLE_SESSION) $(SAMPLE_SESSION).gz; \
	$(RELEASE_BIN) record -b "$$bootstrap" -o $(SAMPLE_SESSION) --until-caught-up && gzip -9 $(SAMPLE_SESSION)

## install: the release build with its themes, man pages and bash/zsh/fish completions under $(DESTDIR)$(PREFIX)
install: release
	@$(MAKE) --no-print-directory install-built

PREFIX ?= /usr/local
BIN ?= $(RELEASE_BIN)
BIN_DIR = $(DESTDIR)$(PREFIX)/bin
THEME_DIR = $(DESTDIR)$(PREFIX)/share/psei-ticker/themes
MAN_DIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASH_COMPLETION = $(DESTDIR)$(PREFIX)/share/bash-completion/completions/psei-ticker
ZSH_COMPLETION = $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_psei-ticker
FISH_COMPLETION = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/psei-ticker.fish
# ArgumentParser's generate-manual, the tool its manual plugin runs, built apart (its own scratch path) so that it
# never waits for or invalidates the package's own build.
MANUAL_TOOL := .build/generate-manual/release/generate-manual
MANUAL_PAGES := .build/manual

## install-built: install BIN (default: the release build) as install does, without building it
install-built: install-program install-docs

## install-program: only the binary and its themes (the Docker image's install)
install-program:
	install -D -m 755 $(BIN) $(BIN_DIR)/psei-ticker
	install -d $(THEME_DIR)
	install -m 644 Themes/*.toml $(THEME_DIR)

## install-docs: the man pages of every command, generated from BIN, and the shell completions
install-docs: $(MANUAL_TOOL)
	rm -rf $(MANUAL_PAGES) && mkdir -p $(MANUAL_PAGES)
	$(MANUAL_TOOL) $(BIN) --multi-page --output-directory $(MANUAL_PAGES)
	install -d $(MAN_DIR)
	install -m 644 $(MANUAL_PAGES)/*.1 $(MAN_DIR)
	install -d $(dir $(BASH_COMPLETION)) $(dir $(ZSH_COMPLETION)) $(dir $(FISH_COMPLETION))
	$(BIN) --generate-completion-script bash > $(BASH_COMPLETION)
	$(BIN) --generate-completion-script zsh > $(ZSH_COMPLETION)
	$(BIN) --generate-completion-script fish > $(FISH_COMPLETION)

$(MANUAL_TOOL):
	[ -d .build/checkouts/swift-argument-parser ] || swift package resolve
	swift build -c release --package-path .build/checkouts/swift-argument-parser --scratch-path .build/generate-manual \
		--product generate-manual

## uninstall: remove what install put under $(DESTDIR)$(PREFIX), and the themes folder if nothing else is in it
uninstall:
	rm -f $(BIN_DIR)/psei-ticker $(MAN_DIR)/psei-ticker.1 $(MAN_DIR)/psei-ticker.*.1
	rm -f $(BASH_COMPLETION) $(ZSH_COMPLETION) $(FISH_COMPLETION)
	rm -f $(addprefix $(THEME_DIR)/,$(notdir $(wildcard Themes/*.toml)))
	[ ! -d $(THEME_DIR) ] || rmdir --ignore-fail-on-non-empty $(THEME_DIR) $(dir $(THEME_DIR))

clean:
	rm -rf .build
