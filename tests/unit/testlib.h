/* testlib.h - a tiny unit test framework for ccdk (header only).
 *
 *   #include "testlib.h"
 *   TEST(something) { CHECK(1 + 1 == 2); CHECK_STR_EQ(got, "x"); }
 *   int main(void) { RUN(something); return TEST_DONE(); }
 *
 * Checks never abort: a failing check prints "file:line: ..." and counts one failure. TEST_DONE()
 * prints "N passed, N failed" as the last line and returns 0, or 1 when any check failed.
 * CHECK_* return nothing; use `if (!CHECK_RET(cond)) return;` to stop a test early.
 *
 * Tests that compare with aws-cdk-lib (the oracle: node and ./node_modules/aws-cdk-lib, tests run
 * from the repository root) use RUN_ORACLE(name): without the oracle they are skipped (make unit
 * works on a bare checkout), unless CCDK_REQUIRE_ORACLE=1 (make test), where that is a failure.
 * TEST_FILTER=substring runs only the tests whose name contains it (make unit T=core F=token).
 */
#ifndef CCDK_TESTLIB_H
#define CCDK_TESTLIB_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int tl_passed, tl_failed, tl_skipped;
static const char *tl_current = "";

static __attribute__((unused)) int tl_check(int ok, const char *file, int line, const char *expr)
{
    if (ok) {
        tl_passed++;
    } else {
        tl_failed++;
        fprintf(stderr, "%s:%d: [%s] check failed: %s\n", file, line, tl_current, expr);
    }
    return ok;
}

static __attribute__((unused)) void tl_show(const char *label, const char *s)
{
    fprintf(stderr, "    %s: ", label);
    if (!s) {
        fprintf(stderr, "(null)\n");
        return;
    }
    fputc('"', stderr);
    size_t n = strlen(s);
    for (size_t i = 0; i < n && i < 2000; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n')
            fputs("\\n", stderr);
        else if (c < 0x20)
            fprintf(stderr, "\\x%02x", c);
        else
            fputc(c, stderr);
    }
    if (n > 2000)
        fputs("...", stderr);
    fputs("\"\n", stderr);
}

static __attribute__((unused)) int tl_str_eq(const char *got, const char *want, const char *file, int line, const char *expr)
{
    int ok = got && want ? strcmp(got, want) == 0 : got == want;
    if (!tl_check(ok, file, line, expr)) {
        tl_show("got ", got);
        tl_show("want", want);
    }
    return ok;
}

static __attribute__((unused)) int tl_contains(const char *hay, const char *needle, const char *file, int line, const char *expr)
{
    int ok = hay && needle && strstr(hay, needle) != NULL;
    if (!tl_check(ok, file, line, expr)) {
        tl_show("haystack", hay);
        tl_show("needle  ", needle);
    }
    return ok;
}

static __attribute__((unused)) int tl_long_eq(long long got, long long want, const char *file, int line, const char *expr)
{
    int ok = got == want;
    if (!tl_check(ok, file, line, expr))
        fprintf(stderr, "    got %lld, want %lld\n", got, want);
    return ok;
}

#define CHECK(cond) ((void)tl_check(!!(cond), __FILE__, __LINE__, #cond))
#define CHECK_RET(cond) tl_check(!!(cond), __FILE__, __LINE__, #cond)
#define CHECK_STR_EQ(got, want) ((void)tl_str_eq((got), (want), __FILE__, __LINE__, #got " == " #want))
#define CHECK_CONTAINS(hay, needle) \
    ((void)tl_contains((hay), (needle), __FILE__, __LINE__, #hay " contains " #needle))
#define CHECK_INT_EQ(got, want) \
    ((void)tl_long_eq((long long)(got), (long long)(want), __FILE__, __LINE__, #got " == " #want))
#define CHECK_MSG(cond, ...)                                                   \
    do {                                                                       \
        if (!tl_check(!!(cond), __FILE__, __LINE__, #cond)) {                  \
            fprintf(stderr, "    ");                                           \
            fprintf(stderr, __VA_ARGS__);                                      \
            fputc('\n', stderr);                                               \
        }                                                                      \
    } while (0)

static __attribute__((unused)) int tl_selected(const char *name)
{
    const char *f = getenv("TEST_FILTER");
    return !f || !*f || strstr(name, f) != NULL;
}

/* 1 when the oracle is there; else the test is counted as skipped (or failed, when required) */
static __attribute__((unused)) int tl_oracle(const char *name)
{
    static int have = -1;
    if (have < 0) {
        const char *node = getenv("CCDK_NODE");
        char cmd[512];
        snprintf(cmd, sizeof cmd, "%s -e 'require(\"./node_modules/aws-cdk-lib\")' >/dev/null 2>&1", node ? node : "node");
        have = system(cmd) == 0;
    }
    if (have)
        return 1;
    const char *req = getenv("CCDK_REQUIRE_ORACLE");
    if (req && *req && strcmp(req, "0")) {
        tl_failed++;
        fprintf(stderr, "FAIL %s: needs node and aws-cdk-lib in ./node_modules (run make setup)\n", name);
    } else {
        tl_skipped++;
        fprintf(stderr, "skipped %s: needs node and aws-cdk-lib in ./node_modules\n", name);
    }
    return 0;
}

#define TEST(name) static void test_##name(void)
#define RUN_ORACLE(name)                                                       \
    do {                                                                       \
        if (tl_selected(#name) && tl_oracle(#name))                            \
            RUN(name);                                                         \
    } while (0)
#define RUN(name)                                                              \
    do {                                                                       \
        if (!tl_selected(#name))                                               \
            break;                                                             \
        int tl_f0 = tl_failed;                                                 \
        tl_current = #name;                                                    \
        test_##name();                                                         \
        if (tl_failed != tl_f0)                                                \
            fprintf(stderr, "FAIL %s\n", #name);                               \
        tl_current = "";                                                       \
    } while (0)

static __attribute__((unused)) int tl_done(void)
{
    fflush(stderr);
    if (tl_skipped)
        printf("%d passed, %d failed, %d skipped\n", tl_passed, tl_failed, tl_skipped);
    else
        printf("%d passed, %d failed\n", tl_passed, tl_failed);
    fflush(stdout);
    return tl_failed ? 1 : 0;
}
#define TEST_DONE() tl_done()

#endif
