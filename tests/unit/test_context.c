/* test_context.c - App context read as aws-cdk-lib reads it (GitHub issue 11), checked live
 * against aws-cdk-lib and Node through context_oracle.js (skipped when node_modules is absent):
 * the cdk CLI's overflow file ($CONTEXT_OVERFLOW_LOCATION_ENV) over $CDK_CONTEXT_JSON, JSON numbers
 * and nesting as JSON.parse takes them (generated inputs), and what ccdk refuses on purpose:
 * "\u0000" inside object keys, nesting deeper than CCDK__JSON_MAX_DEPTH. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"
#include "testlib.h"

static char g_tmp[] = "/tmp/ccdk-context-XXXXXX";
static int g_have_node;

static char *sfmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *sfmt(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0)
        abort();
    va_end(ap);
    return s;
}

/* Runs the oracle; returns its stdout (malloc'd) or NULL. */
static char *oracle(const char *args)
{
    const char *node = getenv("CCDK_NODE");
    char *cmd = sfmt("'%s' tests/unit/context_oracle.js %s", node ? node : "node", args);
    FILE *p = popen(cmd, "r");
    free(cmd);
    if (!p)
        return NULL;
    ccdk__buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, p)) > 0)
        ccdk__buf_put(&b, chunk, n);
    int rc = pclose(p);
    if (rc != 0) {
        ccdk__buf_free(&b);
        return NULL;
    }
    return b.data ? b.data : strdup("");
}

/* ------------------------------------------------------------------ the overflow file */

/* ccdk's answers for keys, in the oracle's format: one line each */
static char *ccdk_answers(ccdk_app *app, const char *const *keys)
{
    ccdk__buf b = {0};
    ccdk__buf_put(&b, "", 0);
    for (const char *const *k = keys; *k; k++) {
        const char *v = ccdk_node_try_get_context(app, *k);
        ccdk__buf_puts(&b, v ? v : "undefined");
        ccdk__buf_putc(&b, '\n');
    }
    return b.data;
}

TEST(overflow_file_over_environment)
{
    /* more than the CLI keeps in the environment: a 200 KiB value goes to the file */
    char *file = sfmt("%s/context-overflow.json", g_tmp);
    ccdk__buf big = {0};
    ccdk__buf_puts(&big, "{\"a\": {\"from\": \"file\"}, \"big\": \"");
    for (int i = 0; i < 200 * 1024; i++)
        ccdk__buf_putc(&big, (char)('a' + i % 26));
    ccdk__buf_puts(&big, "\", \"@aws-cdk/core:bootstrapQualifier\": \"fromfile\"}");
    ccdk__write_file(file, big.data, big.len);
    setenv("CDK_CONTEXT_JSON", "{\"a\": 1, \"keep\": \"env\", \"@aws-cdk/core:bootstrapQualifier\": \"env\"}", 1);
    setenv("CONTEXT_OVERFLOW_LOCATION_ENV", file, 1);
    static const char *const keys[] = {"a", "keep", "big", "@aws-cdk/core:bootstrapQualifier", "absent", NULL};

    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    char *got = ccdk_answers(app, keys);
    CHECK_CONTAINS(got, "{\"from\":\"file\"}\n\"env\"\n"); /* without node: the file wins, env keys stay */
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    CHECK_STR_EQ(s->qualifier, "fromfile");
    if (g_have_node) {
        char *want = oracle("context a keep big @aws-cdk/core:bootstrapQualifier absent");
        /* both as JSON text: ccdk_node_try_get_context gives compact JSON, the oracle JSON.stringify */
        CHECK_MSG(want && !strcmp(got, want), "context differs from aws-cdk-lib's (%zu / %zu bytes)", strlen(got),
                  want ? strlen(want) : 0);
        free(want);
    }
    free(got);
    ccdk_app_free(app);

    /* a missing file: aws-cdk-lib's App throws fs.readJSONSync's ENOENT, prefixed by the path */
    char *missing = sfmt("%s/no-such-file.json", g_tmp);
    setenv("CONTEXT_OVERFLOW_LOCATION_ENV", missing, 1);
    app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    char *want_msg = sfmt("%s: ENOENT: no such file or directory, open '%s'", missing, missing);
    if (g_have_node) {
        char *o = oracle("context a");
        CHECK_MSG(o && !strncmp(o, "throw ", 6) && !strncmp(o + 6, want_msg, strlen(want_msg)),
                  "aws-cdk-lib said: %s", o ? o : "(nothing)");
        free(o);
    }
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), want_msg);
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
    free(want_msg);
    free(missing);

    unsetenv("CDK_CONTEXT_JSON");
    unsetenv("CONTEXT_OVERFLOW_LOCATION_ENV");
    unlink(file);
    free(file);
    ccdk__buf_free(&big);
}

TEST(post_cli_context_over_environment)
{
    /* App({context, postCliContext}): context is a default under $CDK_CONTEXT_JSON, postCliContext
     * overrides it (App.loadContext's final) */
    setenv("CDK_CONTEXT_JSON", "{\"a\": \"env\", \"b\": \"env\"}", 1);
    static const char *const keys[] = {"a", "b", "c", NULL};
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .quiet = 1,
        .context = CCDK_KVS({"a", "\"code\""}, {"c", "\"code\""}),
        .post_cli_context = CCDK_KVS({"b", "false"}),
    });
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    char *got = ccdk_answers(app, keys);
    CHECK_STR_EQ(got, "\"env\"\nfalse\n\"code\"\n");
    free(got);
    ccdk_app_free(app);
    unsetenv("CDK_CONTEXT_JSON");
}

/* ------------------------------------------------------------------ refused on purpose */

TEST(nul_in_a_context_key)
{
    /* JSON.parse keeps "a\u0000b" as a key of its own; ccdk's keys are C strings, where it would
     * become "a" and override the real "a": the App fails instead */
    setenv("CDK_CONTEXT_JSON", "{\"a\": 2, \"a\\u0000b\": 1}", 1);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    unsetenv("CDK_CONTEXT_JSON");
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "CDK_CONTEXT_JSON is not a JSON object: \\u0000 in an object key is not supported");
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
    /* in a string value it is fine */
    setenv("CDK_CONTEXT_JSON", "{\"a\": \"x\\u0000y\"}", 1);
    app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    unsetenv("CDK_CONTEXT_JSON");
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

static ccdk__buf nested(int depth, int objects)
{
    ccdk__buf b = {0};
    for (int i = 0; i < depth; i++)
        ccdk__buf_puts(&b, objects && i % 2 ? "{\"k\":" : "[");
    ccdk__buf_puts(&b, "1");
    for (int i = depth - 1; i >= 0; i--)
        ccdk__buf_puts(&b, objects && i % 2 ? "}" : "]");
    return b;
}

TEST(deep_nesting)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    for (int objects = 0; objects < 2; objects++) {
        const char *err = NULL;
        ccdk__buf b = nested(CCDK__JSON_MAX_DEPTH - 1, objects); /* the 1 inside is the last level */
        ccdk_value *v = ccdk__json_parse(app, b.data, b.len, &err);
        CHECK_MSG(v != NULL, "depth %d refused: %s", CCDK__JSON_MAX_DEPTH, err ? err : "");
        if (v) { /* and written back, recursively, without trouble */
            ccdk__buf out = {0};
            ccdk__json_write(&out, v, 0);
            CHECK(out.len == b.len && !memcmp(out.data, b.data, b.len));
            ccdk__buf_free(&out);
        }
        ccdk__buf_free(&b);
        b = nested(CCDK__JSON_MAX_DEPTH, objects);
        err = NULL;
        v = ccdk__json_parse(app, b.data, b.len, &err);
        CHECK(v == NULL);
        CHECK_STR_EQ(err, "JSON nested too deeply (more than 10000 levels)");
        ccdk__buf_free(&b);
    }
    /* a million levels: refused without a stack overflow */
    ccdk__buf b = nested(1000000, 0);
    const char *err = NULL;
    CHECK(ccdk__json_parse(app, b.data, b.len, &err) == NULL);
    ccdk__buf_free(&b);
    ccdk_app_free(app);
}

/* ------------------------------------------------------------------ JSON.parse on generated inputs */

static void hex(ccdk__buf *b, const char *s, size_t n)
{
    static const char d[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        ccdk__buf_putc(b, d[(unsigned char)s[i] >> 4]);
        ccdk__buf_putc(b, d[(unsigned char)s[i] & 15]);
    }
}

static int unhex(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }

TEST(json_parse_agrees_with_node)
{
    if (!g_have_node) {
        fprintf(stderr, "json_parse_agrees_with_node: no node_modules, skipped\n");
        return;
    }
    /* numbers from pieces of the grammar and its near misses, alone, in a list and an object */
    char many[420];
    memset(many, '7', 400);
    many[400] = 0;
    char manyfrac[420];
    manyfrac[0] = '.';
    memset(manyfrac + 1, '3', 400);
    manyfrac[401] = 0;
    const char *sign[] = {"", "-", "+", "--"};
    const char *ints[] = {"0", "00", "01", "1", "123", many, "", "9007199254740993"};
    const char *fracs[] = {"", ".", ".0", ".5", ".123456789012345678901234567890", manyfrac, ".e"};
    const char *exps[] = {"", "e", "E", "e+", "e-", "e5", "E+308", "e309", "e-400", "e-324", "e99999999999",
                          "e+0", "E-0", "e1.5"};
    const char *extra[] = {"Infinity", "-Infinity", "NaN", ".5", "0x10", "1_000", "1 ", " 1", "\t-0\n", "[-0]",
                           "[1,]", "[,1]", "{\"a\":1e400}", "\xef\xbb\xbf" "1", "[1e-400, -1e-400]",
                           "2.2250738585072011e-308", "4.9406564584124654e-324", "1.7976931348623157e308",
                           "1.7976931348623159e308", "123456789012345678901234567890", "0.1e1", "1E2", "-0.0e-0",
                           "\"\\u0000\"", "[\"\\ud800\"]", "{\"__proto__\": 1}", "\"\\u00e9\"", "[true,false,null]",
                           "tRue", "nulls", NULL};
    enum { MAXIN = 8192 };
    char **inputs = calloc(MAXIN, sizeof *inputs);
    int n = 0;
    for (size_t a = 0; a < 4; a++)
        for (size_t b = 0; b < sizeof ints / sizeof *ints; b++)
            for (size_t c = 0; c < sizeof fracs / sizeof *fracs; c++)
                for (size_t d = 0; d < sizeof exps / sizeof *exps; d++) {
                    char *num = sfmt("%s%s%s%s", sign[a], ints[b], fracs[c], exps[d]);
                    if (n + 3 > MAXIN)
                        break;
                    inputs[n++] = num;
                    if ((a + b + c + d) % 5 == 0) {
                        inputs[n++] = sfmt("[%s, %s]", num, num);
                        inputs[n++] = sfmt("{\"n\": %s}", num);
                    }
                }
    for (const char *const *e = extra; *e && n < MAXIN; e++)
        inputs[n++] = strdup(*e);
    char *in = sfmt("%s/inputs.hex", g_tmp);
    ccdk__buf b = {0};
    for (int i = 0; i < n; i++) {
        ccdk__buf_putc(&b, 'x'); /* the empty input is a line too */
        hex(&b, inputs[i], strlen(inputs[i]));
        ccdk__buf_putc(&b, '\n');
    }
    ccdk__write_file(in, b.data, b.len);
    ccdk__buf_free(&b);
    char *args = sfmt("parse '%s'", in);
    char *out = oracle(args);
    free(args);
    if (!CHECK_RET(out != NULL))
        return;

    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    int bad = 0, accepted = 0, rejected = 0, i = 0;
    for (char *line = out, *nl; (nl = strchr(line, '\n')) && i < n; line = nl + 1, i++) {
        *nl = 0;
        const char *err = NULL;
        ccdk_value *v = ccdk__json_parse(app, inputs[i], strlen(inputs[i]), &err);
        if (!strcmp(line, "err")) {
            rejected++;
            if (v && ++bad <= 10)
                fprintf(stderr, "    ccdk accepts what JSON.parse rejects: '%s'\n", inputs[i]);
            continue;
        }
        accepted++;
        ccdk__buf want = {0};
        ccdk__buf_put(&want, "", 0);
        for (char *p = line + 3; p[0] && p[1]; p += 2) {
            char c = (char)(unhex(p[0]) << 4 | unhex(p[1]));
            ccdk__buf_put(&want, &c, 1);
        }
        ccdk__buf got = {0};
        ccdk__buf_put(&got, "", 0);
        if (v)
            ccdk__json_write(&got, v, 0);
        /* known and kept: a lone surrogate ("\ud800") is U+FFFD in ccdk (its strings are UTF-8) */
        int lone = strstr(inputs[i], "\\ud800") != NULL;
        if ((!v || strcmp(got.data, want.data)) && !lone && ++bad <= 10)
            fprintf(stderr, "    '%.60s': JSON.parse -> %.80s, ccdk -> %.80s\n", inputs[i], want.data,
                    v ? got.data : err);
        ccdk__buf_free(&want);
        ccdk__buf_free(&got);
    }
    CHECK_INT_EQ(i, n);
    CHECK_MSG(bad == 0, "%d of %d inputs differ from JSON.parse", bad, n);
    CHECK_MSG(accepted > 100 && rejected > 100, "accepted %d, rejected %d: the inputs test too little", accepted,
              rejected);
    ccdk_app_free(app);
    free(out);
    unlink(in);
    free(in);
    for (int k = 0; k < n; k++)
        free(inputs[k]);
    free(inputs);
}

/* ------------------------------------------------------------------ postCliContext */

/* App.loadContext: props.context, then the CLI's context over it, then props.postCliContext over
 * all (the integ-es-* conformance cases check it against aws-cdk-lib in the CLI's contexts) */
TEST(post_cli_context_wins)
{
    setenv("CDK_CONTEXT_JSON", "{\"b\": 2, \"c\": 2}", 1);
    static const char *const keys[] = {"a", "b", "c", "d", NULL};
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"a", "1"}, {"b", "1"}, {"c", "1"}),
        .post_cli_context = CCDK_KVS({"c", "3"}, {"d", "false"}),
        .quiet = 1,
    });
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    char *got = ccdk_answers(app, keys);
    CHECK_STR_EQ(got, "1\n2\n3\nfalse\n");
    free(got);
    ccdk_app_free(app);
    unsetenv("CDK_CONTEXT_JSON");

    /* bad JSON there: the error context's own */
    app = ccdk_app_new(&(ccdk_app_props){.post_cli_context = CCDK_KVS({"k", "{"}), .quiet = 1});
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "Invalid JSON for context key 'k'");
    ccdk_app_free(app);
}

/* App props analyticsReporting and stackTraces: set after loadContext, over postCliContext too
 * (aws-cdk-lib's App constructor); unset, they leave the context alone */
TEST(app_props_set_context_last)
{
    setenv("CDK_CONTEXT_JSON", "{\"aws:cdk:version-reporting\": false, \"aws:cdk:disable-stack-trace\": false}", 1);
    static const char *const keys[] = {"aws:cdk:version-reporting", "aws:cdk:disable-stack-trace", NULL};
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"aws:cdk:version-reporting", "0"}),
        .analytics_reporting = CCDK_TRUE,
        .stack_traces = CCDK_FALSE,
        .quiet = 1,
    });
    char *got = ccdk_answers(app, keys);
    CHECK_STR_EQ(got, "true\ntrue\n");
    free(got);
    ccdk_app_free(app);

    app = ccdk_app_new(&(ccdk_app_props){.analytics_reporting = CCDK_FALSE, .stack_traces = CCDK_TRUE, .quiet = 1});
    got = ccdk_answers(app, keys);
    CHECK_STR_EQ(got, "false\nfalse\n"); /* stackTraces: true sets nothing */
    free(got);
    ccdk_app_free(app);
    unsetenv("CDK_CONTEXT_JSON");
}

int main(void)
{
    if (!mkdtemp(g_tmp))
        abort();
    struct stat st;
    g_have_node = stat("node_modules/aws-cdk-lib/package.json", &st) == 0;
    unsetenv("CDK_CONTEXT_JSON");
    unsetenv("CONTEXT_OVERFLOW_LOCATION_ENV");
    RUN(overflow_file_over_environment);
    RUN(post_cli_context_over_environment);
    RUN(app_props_set_context_last);
    RUN(nul_in_a_context_key);
    RUN(deep_nesting);
    RUN(json_parse_agrees_with_node);
    RUN(post_cli_context_wins);
    rmdir(g_tmp);
    return TEST_DONE();
}
