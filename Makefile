# cinto — the Kinto HTTP protocol as a FastCGI application.
#
#   make run     install what is missing, build, serve on http://127.0.0.1:$(PORT)/v1
#   make test    the same set-up, then every suite under ASan+UBSan
#   make         just build ./cinto
#
# Knobs: PORT (8888), DATA (./var), SAN (e.g. address,undefined),
# WERROR=1 (CI), PREFIX/DESTDIR for install.

PREFIX	?= /usr/local
SBINDIR	?= $(PREFIX)/sbin
MANDIR	?= $(PREFIX)/share/man
ETCDIR	?= $(PREFIX)/etc
PORT	?= 8888
DATA	?= ./var

# Debian packages: libraries (with pkg-config names) and tools.
PKGS	 = fcgi libcjson sqlite3 inih libsodium libcrypt libpcre2-8
DEB_BUILD = gcc make pkg-config libfcgi-dev libcjson-dev libsqlite3-dev \
	    libinih-dev libsodium-dev libcrypt-dev libpcre2-dev
DEB_RUN	 = lighttpd
DEB_TEST = curl jq libfcgi-bin spawn-fcgi nodejs
# npm: Debian's package, unless the installed nodejs brings npm itself
# (NodeSource's nodejs does, and conflicts with Debian's npm).
DEB_NPM	 = $(if $(shell command -v npm 2>/dev/null),,npm)
DEB_BENCH = wrk

VERSION	 = 0.1.0
GIT_COMMIT := $(shell git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)

CC	?= cc
CFLAGS	?= -O2 -g
CFLAGS	+= -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wshadow -Wstrict-prototypes \
	   -Wmissing-prototypes -Wmissing-declarations -Wsign-compare \
	   -Wformat=2 -Werror=format-security -Wno-format-nonliteral \
	   -fstack-protector-strong -Wvla -I. \
	   -DCINTO_VERSION='"$(VERSION)"' -DCINTO_COMMIT='"$(GIT_COMMIT)"'
ifneq ($(findstring -O,$(CFLAGS)),)
CFLAGS	+= -D_FORTIFY_SOURCE=2
endif
ifeq ($(WERROR),1)
CFLAGS	+= -Werror
endif

# Everything built lands in $(B): build/ normally, build/san-* with SAN.
ifdef SAN
B	 = build/san
CFLAGS	+= -fsanitize=$(SAN) -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS	+= -fsanitize=$(SAN)
else
B	 = build/std
endif

# The official JSON-Schema test suite, read by tests/t_jsonschema: beside
# this checkout (../shared), else beside the repository it was cloned
# from (a clone in a scratch folder).
JSONSCHEMA_TESTS ?= $(firstword $(wildcard $(abspath ../shared/jsonschema-tests) \
	$(abspath $(shell git remote get-url origin 2>/dev/null)/../shared/jsonschema-tests)) \
	$(abspath ../shared/jsonschema-tests))
export JSONSCHEMA_TESTS

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
LDLIBS	+= $(PKG_LIBS) -lm

CORE_SRCS	= $(sort $(wildcard core/*.c))
STORAGE_SRCS	= $(sort $(wildcard storage/*.c))
FCGI_SRCS	= $(sort $(wildcard fcgi/*.c))
TEST_SRCS	= $(sort $(wildcard tests/t_*.c))

LIB_OBJS	= $(CORE_SRCS:%.c=$(B)/%.o) $(STORAGE_SRCS:%.c=$(B)/%.o)
FCGI_OBJS	= $(FCGI_SRCS:%.c=$(B)/%.o)
# Tests link everything but main().
FCGI_LIB_OBJS	= $(filter-out $(B)/fcgi/main.o,$(FCGI_OBJS))
TEST_BINS	= $(TEST_SRCS:tests/%.c=$(B)/tests/%)

.PHONY: all cinto deps build run test check unit e2e bench jsonschema-diff install \
	uninstall clean
.SUFFIXES:
# Keep objects make considers intermediate (the tests.o): no "rm" after
# the tally, which must stay the last line.
.SECONDARY:

all: cinto

# ./cinto is a copy of the last binary built, sanitized or not.
cinto: $(B)/cinto
	@cmp -s $(B)/cinto $@ || { cp $(B)/cinto $@.tmp && mv -f $@.tmp $@; }

$(B)/cinto: $(FCGI_OBJS) $(B)/libcinto.a
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $(FCGI_OBJS) $(B)/libcinto.a $(LDLIBS)

$(B)/libcinto.a: $(LIB_OBJS)
	@rm -f $@
	@ar rcs $@ $(LIB_OBJS)

$(B)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) $(PKG_CFLAGS) -MMD -MP -c -o $@ $<

$(B)/tests/%: $(B)/tests/%.o $(FCGI_LIB_OBJS) $(B)/libcinto.a
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $< $(FCGI_LIB_OBJS) $(B)/libcinto.a $(LDLIBS)

-include $(shell find build -name '*.d' 2>/dev/null)

# Installs the Debian packages that are missing: as root with apt-get,
# otherwise it prints the one command to run and stops.
deps:
	@sh tests/deps.sh $(DEB_BUILD) $(DEB_RUN) $(DEB_TEST) $(DEB_NPM)

build: deps
	@$(MAKE) --no-print-directory cinto

unit: $(TEST_BINS)
	@sh tests/run.sh $(TEST_BINS)

run: deps
	@$(MAKE) --no-print-directory cinto
	@sh tests/serve.sh --port $(PORT) --data $(DATA) --config etc/cinto.ini

test: deps
	@$(MAKE) --no-print-directory SAN=address,undefined check

check: cinto $(TEST_BINS)
	@sh tests/run.sh $(TEST_BINS) tests/e2e/*.sh

bench:
	@sh tests/deps.sh $(DEB_BUILD) $(DEB_RUN) $(DEB_TEST) $(DEB_NPM) \
	    $(DEB_BENCH)
	@$(MAKE) --no-print-directory cinto $(B)/tests/bench/hello \
	    $(B)/tests/bench/storage
	@B=$(B) sh tests/bench/run.sh
	@$(B)/tests/bench/storage sqlite

# The benchmarks' ceiling needs libfcgi only.
$(B)/tests/bench/hello: $(B)/tests/bench/hello.o
	@$(CC) $(LDFLAGS) -o $@ $< -lfcgi

$(B)/tests/bench/storage: $(B)/tests/bench/storage.o $(B)/libcinto.a
	@$(CC) $(LDFLAGS) -o $@ $< $(B)/libcinto.a $(LDLIBS)

# Developer's tool: the validator against Python's jsonschema 4.26
# (tests/jsonschema_diff/diff.py says why it is not in `make test`).
jsonschema-diff: $(B)/tests/jsonschema_diff/driver
	@python3 tests/jsonschema_diff/diff.py $< $(or $(CASES),5000) \
	    $(or $(SEED),1)

$(B)/tests/jsonschema_diff/driver: $(B)/tests/jsonschema_diff/driver.o \
    $(B)/libcinto.a
	@$(CC) $(LDFLAGS) -o $@ $< $(B)/libcinto.a $(LDLIBS)

install: cinto
	install -d $(DESTDIR)$(SBINDIR) $(DESTDIR)$(MANDIR)/man8 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(ETCDIR)
	install -m 0755 cinto $(DESTDIR)$(SBINDIR)/cinto
	install -m 0644 etc/cinto.8 $(DESTDIR)$(MANDIR)/man8/cinto.8
	install -m 0644 etc/cinto.ini.5 $(DESTDIR)$(MANDIR)/man5/cinto.ini.5
	install -m 0644 etc/cinto.ini $(DESTDIR)$(ETCDIR)/cinto.ini.sample

uninstall:
	rm -f $(DESTDIR)$(SBINDIR)/cinto $(DESTDIR)$(MANDIR)/man8/cinto.8 \
	    $(DESTDIR)$(MANDIR)/man5/cinto.ini.5 $(DESTDIR)$(ETCDIR)/cinto.ini.sample

clean:
	rm -rf build cinto
