# ccdk - the AWS CDK Lambda construct library in C.
# `make demo` sets the machine up, builds, and synthesizes the bundled example into ./cdk.out.
# `make test` builds and runs every test: unit tests (plain and ASan+UBSan), conformance against
# aws-cdk-lib, and the cdk CLI interop test.

CC      ?= cc
PREFIX  ?= /usr/local
BUILD   ?= build
CSTD     = -std=c11 -D_GNU_SOURCE
WARN     = -Wall -Wextra -Werror -Wshadow -Wno-unused-parameter -Wno-format-truncation
OPT     ?= -O2 -g
CFLAGS_ALL = $(CSTD) $(WARN) $(OPT) -fPIC -Iinclude -Isrc/core $(CFLAGS)
LIBS     = -lpthread -lm
# only tests/unit/test_digest.c uses libcrypto: it checks ccdk's SHA-256 and MD5 against OpenSSL's
TEST_LIBS = -lcrypto

SRC  := $(wildcard src/core/*.c src/iam/*.c src/lambda/*.c src/misc/*.c)
OBJ  := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(SRC))
HDR  := $(wildcard include/ccdk/*.h src/core/*.h src/*/*.h)
SAN_OBJ := $(patsubst src/%.c,$(BUILD)/san/%.o,$(SRC))
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
# ThreadSanitizer for the tests of the synth pipeline's helper threads (prefetcher, writer)
TSAN_OBJ := $(patsubst src/%.c,$(BUILD)/tsan/%.o,$(SRC))
TSAN_TESTS := $(BUILD)/tests-tsan/test_synth

UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRC))
UNIT_SAN := $(patsubst tests/unit/%.c,$(BUILD)/tests-san/%,$(UNIT_SRC))

.PHONY: all lib demo test unit unit-san unit-tsan conformance cli-test bench bench-smoke setup install clean headers

all: lib

lib: $(BUILD)/libccdk.a $(BUILD)/libccdk.so $(BUILD)/ccdk.pc

$(BUILD)/obj/%.o: src/%.c $(HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(BUILD)/san/%.o: src/%.c $(HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SANFLAGS) -Iinclude -Isrc/core -c $< -o $@

$(BUILD)/libccdk.a: $(OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/libccdk-san.a: $(SAN_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/tsan/%.o: src/%.c $(HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g -fsanitize=thread -Iinclude -Isrc/core -c $< -o $@

$(BUILD)/libccdk-tsan.a: $(TSAN_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/libccdk.so: $(OBJ)
	$(CC) -shared -o $@ $^ $(LIBS)

$(BUILD)/ccdk.pc: ccdk.pc.in
	@mkdir -p $(BUILD)
	sed -e 's|@PREFIX@|$(PREFIX)|g' $< > $@

# ---------------------------------------------------------------- set-up

setup:
	@bash scripts/setup.sh

# ---------------------------------------------------------------- demo

$(BUILD)/examples/%: examples/%/app.c $(BUILD)/libccdk.a
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(OPT) -Iinclude $< $(BUILD)/libccdk.a $(LIBS) -o $@

demo: setup lib $(BUILD)/examples/hello-lambda
	cd examples/hello-lambda && CDK_OUTDIR=$(CURDIR)/cdk.out ../../$(BUILD)/examples/hello-lambda

# ---------------------------------------------------------------- tests

$(BUILD)/tests/%: tests/unit/%.c tests/unit/testlib.h $(BUILD)/libccdk.a
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g -Iinclude -Isrc/core -Itests/unit $< $(BUILD)/libccdk.a $(LIBS) $(TEST_LIBS) -o $@

$(BUILD)/tests-san/%: tests/unit/%.c tests/unit/testlib.h $(BUILD)/libccdk-san.a
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SANFLAGS) -Iinclude -Isrc/core -Itests/unit $< $(BUILD)/libccdk-san.a $(LIBS) $(TEST_LIBS) -o $@

unit: $(UNIT_BIN)
	@bash tests/run-unit.sh $(BUILD)/tests $(UNIT_BIN)

unit-san: $(UNIT_SAN)
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 bash tests/run-unit.sh $(BUILD)/tests-san $(UNIT_SAN)

$(BUILD)/tests-tsan/%: tests/unit/%.c tests/unit/testlib.h $(BUILD)/libccdk-tsan.a
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g -fsanitize=thread -Iinclude -Isrc/core -Itests/unit $< $(BUILD)/libccdk-tsan.a $(LIBS) $(TEST_LIBS) -o $@

# a data race reported by TSan fails the test binary (exit 66)
unit-tsan: $(TSAN_TESTS)
	@TSAN_OPTIONS=halt_on_error=1 bash tests/run-unit.sh $(BUILD)/tests-tsan $(TSAN_TESTS)

conformance: setup lib
	node tests/conformance/run.js

cli-test: setup lib $(BUILD)/examples/hello-lambda
	bash tests/cli/run.sh

headers:
	@for h in include/ccdk/*.h; do \
	  echo "#include \"$${h#include/}\"" | $(CC) $(CSTD) $(WARN) -Wpedantic -Iinclude -x c -fsyntax-only - || exit 1; \
	done; echo "headers: each public header compiles alone"

test: setup lib $(BUILD)/examples/hello-lambda
	@bash tests/run-all.sh

# ---------------------------------------------------------------- bench

bench: setup
	bash bench/run.sh

bench-smoke: setup lib
	bash bench/run.sh --smoke

# ---------------------------------------------------------------- install

install: lib
	install -d $(DESTDIR)$(PREFIX)/include/ccdk $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 644 include/ccdk/*.h $(DESTDIR)$(PREFIX)/include/ccdk/
	install -m 644 $(BUILD)/libccdk.a $(DESTDIR)$(PREFIX)/lib/
	install -m 755 $(BUILD)/libccdk.so $(DESTDIR)$(PREFIX)/lib/
	install -m 644 $(BUILD)/ccdk.pc $(DESTDIR)$(PREFIX)/lib/pkgconfig/

clean:
	rm -rf $(BUILD) cdk.out

include tests/fuzz/fuzz.mk
