# psei-ticker in a container: built with the Swift toolchain, run from a slim Debian that has only the libraries
# the binary loads (librdkafka, ncurses). docker-compose.yml runs it against an Apache Kafka broker.
# The images are pinned by tag; the Debian packages are left to follow bookworm's (security) updates, hence DL3008.

FROM swift:6.3.1-bookworm AS build
# hadolint ignore=DL3008
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        librdkafka-dev libncursesw5-dev zlib1g-dev pkg-config make \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN swift build -c release --static-swift-stdlib --product psei-ticker \
    && make install-program BIN=.build/release/psei-ticker PREFIX=/usr/local DESTDIR=/staging

FROM debian:bookworm-slim
# hadolint ignore=DL3008
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends librdkafka1 libncursesw6 \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --gid 10001 psei \
    && useradd --create-home --uid 10001 --gid 10001 psei
COPY --from=build /staging/ /
USER 10001:10001
WORKDIR /home/psei
ENV LANG=C.UTF-8
ENTRYPOINT ["psei-ticker"]
CMD ["--help"]
