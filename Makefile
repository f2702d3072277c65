# psei-ticker: `make demo` and `make test` do all the set-up on a fresh Debian machine with the Swift toolchain.
SHELL := /bin/bash
DEB_PACKAGES := librdkafka-dev libncursesw5-dev zlib1g-dev pkg-config kcat tmux
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN := .build/release/psei-ticker

.PHONY: deps build release test demo clean

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
	swift build -c release

## test: the full suite (unit, Kafka over loopback against the embedded broker, kcat interop, end to end)
test: deps
	swift build --build-tests
	swift test

## demo: the dashboard on the embedded broker with the simulated day at 60x (q or Ctrl-C to quit)
demo: release
	$(RELEASE_BIN) demo

clean:
	rm -rf .build
