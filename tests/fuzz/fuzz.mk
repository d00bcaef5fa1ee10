# tests/fuzz/fuzz.mk - libFuzzer targets (clang), included by the Makefile.
#   make fuzz          every target for FUZZ_SECONDS (default 300) each, by hand
#   make fuzz-smoke    every target over its corpus, then FUZZ_SMOKE_SECONDS (default 5) of new
#                      inputs; fails on any crash, leak, UB or broken invariant (make test runs it)
#   make fuzz-bin      builds the targets only: $(BUILD)/fuzz/fuzz_<name>
# The library is built again, into $(BUILD)/fuzz/obj, with the fuzzer's coverage instrumentation
# and ASan+UBSan. See tests/fuzz/README.md.

FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 300
FUZZ_SMOKE_SECONDS ?= 5
FUZZ_SAN      = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
# clang does not know gcc's -Wno-format-truncation: WARN without it
FUZZ_WARN     = $(filter-out -Wno-format-truncation,$(WARN))
FUZZ_CFLAGS   = $(CSTD) $(FUZZ_WARN) -O1 -g $(FUZZ_SAN) -Iinclude -Isrc/core -Isrc/assets
FUZZ_NAMES   := $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN     := $(patsubst %,$(BUILD)/fuzz/fuzz_%,$(FUZZ_NAMES))
FUZZ_OBJ     := $(patsubst src/%.c,$(BUILD)/fuzz/obj/%.o,$(SRC))
# leaks are checked per input; a run is killed after 10 s (a hang is a finding too)
FUZZ_OPTS     = -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
FUZZ_ENV      = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

.PHONY: fuzz fuzz-smoke fuzz-bin

# as the library's objects (Makefile): each depends on the headers it includes, listed in its .d
# file. Without them a header change left the old objects in place: a struct laid out two ways in
# one binary, and `make fuzz` crashed on its first, empty input (a wild jump through a validation
# list read at the wrong offset) on a checkout whose fuzz objects predated the change.
FUZZ_DEPS    := $(FUZZ_OBJ:.o=.d)
$(FUZZ_DEPS): ;
-include $(wildcard $(FUZZ_DEPS))

$(BUILD)/fuzz/obj/%.o: src/%.c $(BUILD)/fuzz/obj/%.d
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(DEPFLAGS) $(LIBDEFS) -fsanitize=fuzzer-no-link -c $< -o $@

$(BUILD)/fuzz/libccdk-fuzz.a: $(FUZZ_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzzlib.h $(BUILD)/fuzz/libccdk-fuzz.a
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $< $(BUILD)/fuzz/libccdk-fuzz.a $(LIBS) -o $@

# fuzz_http.c includes the parser of `ccdk serve` (tools/ccdk/http.c) whole
$(BUILD)/fuzz/fuzz_http: tools/ccdk/http.c tools/ccdk/http.h

fuzz-bin: $(FUZZ_BIN)

# new inputs go to $(BUILD)/fuzz/new/<name> (the checked-in corpus is only read); a crash is
# written as $(BUILD)/fuzz/crash-* -- copy it into tests/fuzz/corpus/<name>/ once it is fixed
fuzz: $(FUZZ_BIN)
	@for n in $(FUZZ_NAMES); do \
	  mkdir -p $(BUILD)/fuzz/new/$$n; \
	  dict=; [ -f tests/fuzz/$$n.dict ] && dict=-dict=tests/fuzz/$$n.dict; \
	  echo "=== fuzz_$$n: $(FUZZ_SECONDS) s"; \
	  $(FUZZ_ENV) $(BUILD)/fuzz/fuzz_$$n $(FUZZ_OPTS) $$dict -max_total_time=$(FUZZ_SECONDS) \
	    -artifact_prefix=$(BUILD)/fuzz/ $(BUILD)/fuzz/new/$$n tests/fuzz/corpus/$$n || exit 1; \
	done

fuzz-smoke: $(FUZZ_BIN)
	@bash tests/fuzz/smoke.sh $(BUILD)/fuzz $(FUZZ_SMOKE_SECONDS) $(FUZZ_NAMES)
