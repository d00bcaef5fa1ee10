# ccdk - the AWS CDK Lambda construct library in C.
# `make demo` sets the machine up, builds, and synthesizes the bundled example into ./cdk.out.
# `make test` builds and runs every test: unit tests (plain and ASan+UBSan), conformance against
# aws-cdk-lib, and the cdk CLI interop test.

CC      ?= cc
# Node.js 20 from the npm registry when the system's is older (scripts/setup.sh installs it there)
ifneq ($(wildcard $(CURDIR)/.tools/node_modules/.bin/node),)
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(PATH)
endif
PREFIX  ?= /usr/local
BUILD   ?= build
CSTD     = -std=c11 -D_GNU_SOURCE
WARN     = -Wall -Wextra -Werror -Wshadow -Wno-unused-parameter -Wno-format-truncation
OPT     ?= -O2 -g
# -MMD -MP: each object depends on exactly the headers it includes (build/**/*.d)
DEPFLAGS = -MMD -MP
# the library calls its own API directly, without the user-facing handle checks (ccdk/core.h)
LIBDEFS = -DCCDK__BUILDING
CFLAGS_ALL = $(CSTD) $(WARN) $(OPT) $(DEPFLAGS) $(LIBDEFS) -fPIC -Iinclude -Isrc/core -Isrc/assets $(CFLAGS)
LIBS     = -lpthread -lm
# only tests/unit/test_digest.c uses libcrypto: it checks ccdk's SHA-256 and MD5 against OpenSSL's
TEST_LIBS = -lcrypto

SRC  := $(wildcard src/*/*.c)
OBJ  := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(SRC))
SAN_OBJ := $(patsubst src/%.c,$(BUILD)/san/%.o,$(SRC))
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
# ThreadSanitizer for the tests of the synth pipeline's helper threads (prefetcher, writer)
TSAN_OBJ := $(patsubst src/%.c,$(BUILD)/tsan/%.o,$(SRC))
TSAN_TESTS := $(BUILD)/tests-tsan/test_synth $(BUILD)/tests-tsan/test_threads $(BUILD)/tests-tsan/test_nodejs $(BUILD)/tests-tsan/test_early_staging

UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRC))
UNIT_SAN := $(patsubst tests/unit/%.c,$(BUILD)/tests-san/%,$(UNIT_SRC))

.PHONY: FORCE all lib demo test unit unit-san unit-tsan l1-sweep conformance difffuzz difffuzz-smoke cli-test bench bench-journaled bench-smoke stress setup install clean headers api-sweep \
        fault-smoke fault-sweep compile-fail tool tool-test tool-san

all: lib

lib: $(BUILD)/libccdk.a $(BUILD)/libccdk.so $(BUILD)/ccdk.pc

$(BUILD)/obj/%.o: src/%.c $(BUILD)/obj/%.d
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(BUILD)/san/%.o: src/%.c $(BUILD)/san/%.d
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(DEPFLAGS) $(LIBDEFS) -O1 -g $(SANFLAGS) -Iinclude -Isrc/core -Isrc/assets -c $< -o $@

$(BUILD)/libccdk.a: $(OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/libccdk-san.a: $(SAN_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/tsan/%.o: src/%.c $(BUILD)/tsan/%.d
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(DEPFLAGS) $(LIBDEFS) -O1 -g -fsanitize=thread -Iinclude -Isrc/core -Isrc/assets -c $< -o $@

$(BUILD)/libccdk-tsan.a: $(TSAN_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/libccdk.so: $(OBJ)
	$(CC) -shared -o $@ $^ $(LIBS)

# ccdk.pc names PREFIX: it is remade whenever PREFIX differs from the last build's
$(BUILD)/prefix.stamp: FORCE
	@mkdir -p $(BUILD)
	@echo '$(PREFIX)' | cmp -s - $@ || echo '$(PREFIX)' > $@

$(BUILD)/ccdk.pc: ccdk.pc.in $(BUILD)/prefix.stamp
	@mkdir -p $(BUILD)
	sed -e 's|@PREFIX@|$(PREFIX)|g' $< > $@

FORCE:

# an object whose .d is missing (built before -MMD, or the .d was removed) is rebuilt: the .d
# files are named explicitly (as pattern-rule targets make would treat them as intermediate)
LIB_DEPS := $(OBJ:.o=.d) $(SAN_OBJ:.o=.d) $(TSAN_OBJ:.o=.d)
$(LIB_DEPS): ;

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
	$(CC) $(CSTD) $(WARN) $(DEPFLAGS) -O1 -g -Iinclude -Isrc/core -Isrc/assets -Itests/unit $< $(BUILD)/libccdk.a $(LIBS) $(TEST_LIBS) -o $@

$(BUILD)/tests-san/%: tests/unit/%.c tests/unit/testlib.h $(BUILD)/libccdk-san.a
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(DEPFLAGS) -O1 -g $(SANFLAGS) -Iinclude -Isrc/core -Isrc/assets -Itests/unit $< $(BUILD)/libccdk-san.a $(LIBS) $(TEST_LIBS) -o $@

# make unit                  every unit test (oracle checks skipped when node_modules is missing)
# make unit T=core F=token   only tests/unit/test_core.c, only its tests whose name contains "token"
ifneq ($(T),)
UNIT_PICK = $(patsubst %,$(BUILD)/tests/test_%,$(T))
UNIT_SAN_PICK = $(patsubst %,$(BUILD)/tests-san/test_%,$(T))
else
UNIT_PICK = $(UNIT_BIN)
UNIT_SAN_PICK = $(UNIT_SAN)
endif
unit: $(UNIT_PICK)
	@TEST_FILTER='$(F)' bash tests/run-unit.sh $(BUILD)/tests $(UNIT_PICK)

unit-san: $(UNIT_SAN_PICK)
	@TEST_FILTER='$(F)' ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 bash tests/run-unit.sh $(BUILD)/tests-san $(UNIT_SAN_PICK)

$(BUILD)/tests-tsan/%: tests/unit/%.c tests/unit/testlib.h $(BUILD)/libccdk-tsan.a
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g -fsanitize=thread -Iinclude -Isrc/core -Isrc/assets -Itests/unit $< $(BUILD)/libccdk-tsan.a $(LIBS) $(TEST_LIBS) -o $@

# a data race reported by TSan fails the test binary (exit 66)
unit-tsan: $(TSAN_TESTS)
	@TSAN_OPTIONS=halt_on_error=1 bash tests/run-unit.sh $(BUILD)/tests-tsan $(TSAN_TESTS)

conformance: setup lib
	node tests/conformance/run.js

cli-test: setup lib $(BUILD)/examples/hello-lambda $(BUILD)/examples/multi-stack
	bash tests/cli/run.sh
	bash tests/cli/multi-stack.sh

# differential random apps (tests/difffuzz/gen.py): SEEDS apps from seed SEED, each written for
# aws-cdk-lib and for ccdk, compared by the conformance runner. Not part of `make test`.
SEEDS ?= 40
SEED ?= 1
# GEN=multi: tests/difffuzz/gen_multi.py (apps of many stacks, stages and nested stacks)
# GEN=infra, GEN=err, GEN=res: gen_infra.py (VPC/EFS/S3/logs), gen_err.py (error paths),
# gen_res.py (queues, topics, subscriptions, rules and targets used with Lambda)
GEN ?=
DIFFFUZZ_GEN = tests/difffuzz/gen$(if $(GEN),_$(GEN)).py
DIFFFUZZ_DIR = $(BUILD)/difffuzz/cases
difffuzz: setup lib
	@rm -rf $(DIFFFUZZ_DIR) && python3 $(DIFFFUZZ_GEN) $(SEED) $(SEEDS) $(DIFFFUZZ_DIR)
	CCDK_CONFORMANCE_CASES=$(DIFFFUZZ_DIR) node tests/conformance/run.js $(DIFFFUZZ_ARGS)
# a quick look (well under a minute): 6 apps
difffuzz-smoke:
	@$(MAKE) -s difffuzz SEEDS=6 SEED=$(SEED)

# every public function called with NULLs, zeroes, empty strings and live handles: no crash, and a
# mutator on a NULL handle, or given NULL for an argument it needs, fails the synth (tests/api-sweep)
api-sweep: lib $(BUILD)/libccdk-san.a
	@bash tests/api-sweep/run.sh $(BUILD)

# mistakes the public API must reject at compile time (tests/compile-fail/*.c)
compile-fail:
	@CC=$(CC) bash tests/compile-fail/run.sh

headers:
	@python3 scripts/gen-checked-macros.py --check
	@python3 scripts/check-enums.py
	@for h in include/ccdk/*.h; do \
	  echo "#include \"$${h#include/}\"" | $(CC) $(CSTD) $(WARN) -Wpedantic -Iinclude -x c -fsyntax-only - || exit 1; \
	done; echo "headers: each public header compiles alone"

test: setup lib $(BUILD)/examples/hello-lambda $(BUILD)/examples/multi-stack
	@bash tests/run-all.sh

# fault injection (tests/fault): an LD_PRELOAD shim fails or kills the Nth file-system call of a
# synth; fault-smoke samples the calls (make test), fault-sweep tries every one (by hand, ~15 min)
$(BUILD)/fault/shim.so: tests/fault/shim.c
	@mkdir -p $(dir $@)
	$(CC) -std=gnu11 -D_GNU_SOURCE -Wall -Wextra -Werror -O1 -g -shared -fPIC $< -ldl -o $@

$(BUILD)/fault/app: tests/fault/app.c $(BUILD)/libccdk.a
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g -Iinclude $< $(BUILD)/libccdk.a $(LIBS) -o $@

fault-smoke: $(BUILD)/fault/shim.so $(BUILD)/fault/app
	@python3 tests/fault/sweep.py $(BUILD)

fault-sweep: $(BUILD)/fault/shim.so $(BUILD)/fault/app
	@python3 tests/fault/sweep.py $(BUILD) --full

# the Lambda L1s' property checks against aws-cdk-lib's on random variants (tests/l1-sweep): two
# seeds in make test (~20 s), more by hand (make l1-sweep L1_SEEDS=20)
L1_SEEDS ?= 2
l1-sweep: setup lib
	@bash tests/l1-sweep/run.sh $(BUILD) $(L1_SEEDS)

# ---------------------------------------------------------------- bench

bench: setup
	bash bench/run.sh

# the same, the workloads' files on a journaled ext4 image (root: a loop mount; bench/README.md)
bench-journaled: setup
	bash bench/run.sh --journaled-fs

bench-smoke: setup lib
	bash bench/run.sh --smoke

# stress shapes (bench/stress/README.md): each bench/stress/*.c against a release library, run at its
# default N, CCDK_TIMING's total printed; not part of `make test`, no pass/fail on time
STRESS_BUILD := $(BUILD)/stress
stress:
	@$(MAKE) -s lib BUILD=$(STRESS_BUILD) OPT='-O3 -DNDEBUG'
	@set -e; for src in bench/stress/*.c; do \
	  name=$$(basename $$src .c); \
	  $(CC) $(CSTD) -O3 -DNDEBUG -Iinclude $$src $(STRESS_BUILD)/libccdk.a $(LIBS) -o $(STRESS_BUILD)/$$name; \
	  out=$$(mktemp -d); \
	  CCDK_TIMING=1 CDK_OUTDIR=$$out/cdk.out $(STRESS_BUILD)/$$name 2>$$out/timing || { cat $$out/timing; rm -rf $$out; exit 1; }; \
	  awk -v n=$$name '/^ccdk timing: [a-z-]+ +[0-9.]+ ms/ { w += $$4; c += $$7 } END { printf "%-16s %9.2f ms wall  %9.2f ms CPU (main thread)\n", n, w, c }' $$out/timing; \
	  rm -rf $$out; \
	done

# ---------------------------------------------------------------- install

# the `ccdk` command (tools/ccdk): links the library for its JSON reader; not part of the library
TOOL_SRC := $(wildcard tools/ccdk/*.c)
$(BUILD)/gen/bootstraps.h: tools/ccdk/bootstrap.js tools/ccdk/bootstrap.py scripts/gen-tool-bootstraps.py
	@mkdir -p $(dir $@)
	python3 scripts/gen-tool-bootstraps.py $@

$(BUILD)/ccdk: $(TOOL_SRC) $(wildcard tools/ccdk/*.h) $(BUILD)/gen/bootstraps.h $(BUILD)/libccdk.a
	$(CC) $(CSTD) $(WARN) $(OPT) -Iinclude -Isrc/core -Isrc/assets -I$(BUILD)/gen $(TOOL_SRC) $(BUILD)/libccdk.a $(LIBS) -o $@

tool: $(BUILD)/ccdk

tool-test: tool
	@bash tests/tool/run.sh
	@bash tests/tool/lint.sh

# the same suites over an ASan+UBSan build of the command (make test runs it)
$(BUILD)/ccdk-san: $(TOOL_SRC) $(wildcard tools/ccdk/*.h) $(BUILD)/gen/bootstraps.h $(BUILD)/libccdk-san.a
	$(CC) $(CSTD) $(WARN) -O1 -g $(SANFLAGS) -Iinclude -Isrc/core -Isrc/assets -I$(BUILD)/gen $(TOOL_SRC) $(BUILD)/libccdk-san.a $(LIBS) -o $@

tool-san: tool $(BUILD)/ccdk-san
	@CCDK=$(CURDIR)/$(BUILD)/ccdk-san ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 bash tests/tool/run.sh
	@CCDK=$(CURDIR)/$(BUILD)/ccdk-san ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 bash tests/tool/lint.sh

install: lib tool
	install -d $(DESTDIR)$(PREFIX)/include/ccdk $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 644 include/ccdk/*.h $(DESTDIR)$(PREFIX)/include/ccdk/
	install -m 644 $(BUILD)/libccdk.a $(DESTDIR)$(PREFIX)/lib/
	install -m 755 $(BUILD)/libccdk.so $(DESTDIR)$(PREFIX)/lib/
	install -m 644 $(BUILD)/ccdk.pc $(DESTDIR)$(PREFIX)/lib/pkgconfig/
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BUILD)/ccdk $(DESTDIR)$(PREFIX)/bin/

clean:
	rm -rf $(BUILD) cdk.out

-include $(wildcard $(LIB_DEPS)) $(shell find $(BUILD)/tests $(BUILD)/tests-san $(BUILD)/tests-tsan -name '*.d' 2>/dev/null)

include tests/fuzz/fuzz.mk
