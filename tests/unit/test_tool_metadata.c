/* test_tool_metadata.c - `ccdk synth` reads a stack's metadata file for its annotations only
 * (tools/ccdk/metadata.c, tool_annotations_parse): it must find every annotation the full parse
 * (ccdk__json_parse) finds, in the same order under the same keys, fail exactly when the parser
 * fails (with its error), and keep every key in order when asked (every_key: the manifest's own
 * metadata is appended key by key). Checked on tricky metadata (escaped types and keys, duplicate
 * members and keys, nested data, traces, entries that are no objects, values that are no lists,
 * annotations deep in a long file), on texts the parser refuses, and on many random mutations of a
 * metadata file. */
#include "../../tools/ccdk/metadata.c"

#include <ccdk/core.h>

#include "testlib.h"

static ccdk_app *app;

static const char *vstr(const ccdk_value *o, const char *k)
{
    const ccdk_value *v = ccdk__v_get(o, k);
    return v && v->kind == CCDK__V_STR ? v->u.str.s : NULL;
}

/* what validation_report (tools/ccdk/synth.c) reads of a metadata value: each entry whose type is
 * an annotation's, with its key, in order */
static char *annotations_of(const ccdk_value *m)
{
    ccdk__buf b = {0};
    ccdk__buf_puts(&b, m ? (m->kind == CCDK__V_OBJ ? "object\n" : "no object\n") : "NULL\n");
    for (size_t i = 0; m && m->kind == CCDK__V_OBJ && i < m->u.obj.n; i++) {
        const ccdk_value *l = m->u.obj.e[i].val;
        for (size_t j = 0; l->kind == CCDK__V_LIST && j < l->u.list.n; j++) {
            const char *type = vstr(l->u.list.items[j], "type");
            if (!type || (strcmp(type, "aws:cdk:info") && strcmp(type, "aws:cdk:warning") && strcmp(type, "aws:cdk:error")))
                continue;
            ccdk__buf_puts(&b, m->u.obj.e[i].key);
            ccdk__buf_putc(&b, '\t');
            ccdk__json_write(&b, l->u.list.items[j], 0);
            ccdk__buf_putc(&b, '\n');
        }
    }
    return b.data;
}

/* the keys in order, each with its value when it is no list (every_key keeps them all) */
static char *keys_of(const ccdk_value *m)
{
    ccdk__buf b = {0};
    ccdk__buf_puts(&b, "keys:");
    for (size_t i = 0; m && m->kind == CCDK__V_OBJ && i < m->u.obj.n; i++) {
        ccdk__buf_putc(&b, ' ');
        ccdk__buf_puts(&b, m->u.obj.e[i].key);
        if (m->u.obj.e[i].val->kind != CCDK__V_LIST) {
            ccdk__buf_putc(&b, '=');
            ccdk__json_write(&b, m->u.obj.e[i].val, 0);
        }
    }
    return b.data;
}

static int nchecks, nrefused;

/* text (n bytes) read both ways, with and without every_key: the same annotations, the same
 * failure; quiet: no detail unless it differs. Read twice: with a 0 after the text, as
 * tool_read_file leaves it, and in a buffer of exactly n bytes, where a read past the end (a walk
 * that takes the 0 for its end) is what ASan reports (make unit-san). */
static int same_in(const char *what, const char *t, size_t n, const char *shown)
{
    const char *err_full = NULL;
    ccdk_value *full = ccdk__json_parse(app, t, n, &err_full);
    char *want = annotations_of(full), *want_keys = keys_of(full);
    int ok = 1;
    for (int every = 0; every < 2; every++) {
        const char *err = "(unset)";
        ccdk_value *sel = tool_annotations_parse(app, t, n, every, &err);
        char *got = annotations_of(sel);
        int good = (sel == NULL) == (full == NULL) && (sel || (err && err_full && !strcmp(err, err_full))) &&
                   (!sel || !err) && !strcmp(got, want);
        char *got_keys = every ? keys_of(sel) : NULL;
        if (every && strcmp(got_keys, want_keys))
            good = 0;
        if (!good) {
            fprintf(stderr, "  %s (every_key %d): differs from the full parse\n", what, every);
            tl_show("text", n < 600 ? shown : "(long)");
            tl_show("full", want);
            tl_show("scan", got);
            tl_show("full error", err_full);
            tl_show("scan error", err);
            if (every) {
                tl_show("full keys", want_keys);
                tl_show("scan keys", got_keys);
            }
            ok = 0;
        }
        free(got);
        free(got_keys);
    }
    nchecks++;
    nrefused += !full;
    free(want);
    free(want_keys);
    return ok;
}

static int same(const char *what, const char *text, size_t n)
{
    char *t = malloc(n + 1);
    memcpy(t, text, n);
    t[n] = 0;
    char *exact = malloc(n ? n : 1); /* (malloc(0) may be NULL: an empty text is one past a byte) */
    memcpy(exact, text, n);
    int ok = same_in(what, t, n, t);
    ok &= same_in(what, n ? exact : exact + 1, n, t);
    free(exact);
    free(t);
    return ok;
}

#define SAME(text) CHECK(same(#text, text, strlen(text)))

TEST(annotations_among_logical_ids)
{
    /* aws-cdk-lib's layout (JSON.stringify(v, null, 2)) and compact, an annotation of each kind
     * at the start, in the middle and at the end of a long file */
    for (int pretty = 0; pretty < 2; pretty++) {
        ccdk__buf b = {0};
        const char *nl = pretty ? "\n" : "", *in1 = pretty ? "  " : "", *in2 = pretty ? "    " : "", *in3 = pretty ? "      " : "";
        const char *sp = pretty ? " " : "";
        ccdk__buf_printf(&b, "{%s", nl);
        for (int i = 0; i < 3000; i++) {
            ccdk__buf_printf(&b, "%s\"/Stack/Fn%d/Resource\":%s[%s%s{%s%s\"type\":%s\"aws:cdk:logicalId\",%s%s\"data\":%s\"Fn%dD0A58860\"%s%s}",
                             in1, i, sp, nl, in2, nl, in3, sp, nl, in3, sp, i, nl, in2);
            if (i == 0 || i == 1500 || i == 2999)
                ccdk__buf_printf(&b, ",%s%s{%s%s\"type\":%s\"aws:cdk:%s\",%s%s\"data\":%s\"Number of resources: %d\"%s%s}", nl, in2, nl, in3,
                                 sp, i == 0 ? "info" : i == 1500 ? "warning" : "error", nl, in3, sp, i, nl, in2);
            ccdk__buf_printf(&b, "%s%s]%s%s", nl, in1, i < 2999 ? "," : "", nl);
        }
        ccdk__buf_puts(&b, "}\n");
        CHECK(same(pretty ? "a long file, pretty" : "a long file, compact", b.data, b.len));
        ccdk_value *m = tool_annotations_parse(app, b.data, b.len, 0, NULL);
        char *a = annotations_of(m);
        CHECK_CONTAINS(a, "/Stack/Fn1500/Resource\t{\"type\":\"aws:cdk:warning\",\"data\":\"Number of resources: 1500\"}");
        CHECK_CONTAINS(a, "/Stack/Fn2999/Resource\t{\"type\":\"aws:cdk:error\"");
        /* (what it is for: the logical ids are left out) */
        CHECK(m && m->kind == CCDK__V_OBJ && m->u.obj.n == 3);
        free(a);
        ccdk__buf_free(&b);
    }
}

TEST(escapes_in_types_and_keys)
{
    SAME("{\"/a\": [{\"type\": \"aws:cdk:\\u0069nfo\", \"data\": \"escaped i\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:warn\\u0069ng\", \"data\": \"x\"}, {\"type\": \"aws:cdk:err\\u006Fr\", \"data\": \"y\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk\\/info\", \"data\": \"a slash, escaped\"}]}");
    SAME("{\"/a\": [{\"t\\u0079pe\": \"aws:cdk:error\", \"data\": \"an escaped key\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:logicalId\", \"t\\u0079pe\": \"aws:cdk:error\", \"data\": \"the escaped key comes last\"}]}");
    SAME("{\"/a\": [{\"t\\u0079pe\": \"aws:cdk:error\", \"type\": \"aws:cdk:logicalId\", \"data\": \"the plain one last\"}]}");
    SAME("{\"/a\": [{\"ty\\\"pe\": \"aws:cdk:error\", \"data\": \"not the key type\"}]}");
    SAME("{\"\\/a\\u00e9\\n\": [{\"type\": \"aws:cdk:info\", \"data\": \"an escaped path\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:info\", \"data\": \"\\\"quoted\\\" \\\\ \\n\\t \\u00e9 \\ud83d\\ude00 \\ud800 alone [ack: my:id]\"}]}");
    SAME("{\"/a\u00e9\xf0\x9f\x98\x80\": [{\"type\": \"aws:cdk:warning\", \"data\": \"raw UTF-8 \xc3\xa9\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:inf\\u006f\\u0000\", \"data\": \"a NUL in the type\"}]}");
}

TEST(duplicates_and_types_that_are_not_strings)
{
    SAME("{\"/a\": [{\"type\": \"aws:cdk:info\", \"type\": \"aws:cdk:logicalId\", \"data\": \"last type wins\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:logicalId\", \"type\": \"aws:cdk:warning\", \"data\": \"last type wins\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:error\", \"type\": 5, \"data\": \"a number last\"}]}");
    SAME("{\"/a\": [{\"type\": 5, \"type\": \"aws:cdk:error\", \"data\": \"a string last\"}]}");
    SAME("{\"/a\": [{\"type\": {\"type\": \"aws:cdk:error\"}, \"data\": \"an object\"}, {\"type\": null}, {\"type\": [\"aws:cdk:info\"]}, {}]}");
    SAME("{\"/a\": [{\"data\": \"no type\"}, {\"data\": {\"type\": \"aws:cdk:error\"}}]}");
    /* keys: the last value of a key, at its first place */
    SAME("{\"/a\": [{\"type\": \"aws:cdk:info\", \"data\": \"replaced\"}], \"/b\": [{\"type\": \"aws:cdk:warning\", \"data\": \"b\"}], \"/a\": [{\"type\": \"aws:cdk:logicalId\", \"data\": \"A\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:logicalId\", \"data\": \"A\"}], \"/b\": [{\"type\": \"aws:cdk:warning\", \"data\": \"b\"}], \"/a\": [{\"type\": \"aws:cdk:error\", \"data\": \"first place\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:info\", \"data\": \"1\"}], \"/a\": [{\"type\": \"aws:cdk:error\", \"data\": \"2\"}]}");
    SAME("{\"/x\": [], \"/a\": [1], \"/b\": [{\"type\": \"aws:cdk:info\", \"data\": \"b\"}], \"\\u002fa\": [{\"type\": \"aws:cdk:error\", \"data\": \"escaped twin\"}]}");
    SAME("{\"\\u002fa\": [2], \"/b\": [{\"type\": \"aws:cdk:info\", \"data\": \"b\"}], \"/a\": [{\"type\": \"aws:cdk:error\", \"data\": \"plain twin\"}]}");
    SAME("{\"/b\": [{\"type\": \"aws:cdk:info\", \"data\": \"b\"}], \"/a\": {\"type\": \"aws:cdk:error\"}, \"/a\": [{\"type\": \"aws:cdk:warning\", \"data\": \"a\"}]}");
    SAME("{\"/b\": [{\"type\": \"aws:cdk:info\", \"data\": \"b\"}], \"/a\": [{\"type\": \"aws:cdk:warning\", \"data\": \"a\"}], \"/a\": []}");
    /* many keys kept (looked up in the object, not compared one by one), then twins of them */
    for (int twin = 0; twin < 40; twin += 7) {
        ccdk__buf b = {0};
        ccdk__buf_puts(&b, "{");
        for (int i = 0; i < 40; i++)
            ccdk__buf_printf(&b, "\"/k%d\": [{\"type\": \"aws:cdk:%s\", \"data\": \"%d\"}], \"/d%d\": [0], ", i,
                             i % 2 ? "info" : "logicalId", i, i);
        ccdk__buf_printf(&b, "\"/k%d\": [], \"/k%d\": [{\"type\": \"aws:cdk:logicalId\"}], \"/d%d\": [{\"type\": \"aws:cdk:error\"}]}",
                         twin, twin + 1, twin);
        CHECK(same("twins of many keys", b.data, b.len));
        ccdk__buf_free(&b);
    }
    for (int twin = 1; twin < 40; twin += 6) { /* (and no later twin of a key left out) */
        ccdk__buf b = {0};
        ccdk__buf_puts(&b, "{");
        for (int i = 0; i < 40; i++)
            ccdk__buf_printf(&b, "\"/k%d\": [{\"type\": \"aws:cdk:%s\", \"data\": \"%d\"}], ", i, i % 2 ? "info" : "logicalId", i);
        ccdk__buf_printf(&b, "\"/k%d\": [{\"type\": \"aws:cdk:logicalId\"}]}", twin);
        CHECK(same("a twin of one of many keys, nothing kept", b.data, b.len));
        ccdk__buf_free(&b);
    }
}

TEST(data_traces_and_entries_that_are_not_objects)
{
    SAME("{\"/a\": [{\"type\": \"aws:cdk:warning\", \"data\": {\"nested\": [1, {\"deep\": [true, false, null]}], \"n\": -1.5e3}, "
         "\"trace\": [\"new Stack (/app/lib/x.js:1:2)\", \"Object.<anonymous> (/app/bin/app.js:3:4)\"]}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:error\", \"data\": 42}, {\"type\": \"aws:cdk:info\"}, {\"type\": \"aws:cdk:warning\", \"data\": null}]}");
    SAME("{\"/a\": [1, \"aws:cdk:info\", null, true, false, [{\"type\": \"aws:cdk:info\"}], {\"type\": \"aws:cdk:info\", \"data\": \"after\"}, -0, 1e-400]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:logicalId\", \"data\": {\"type\": \"aws:cdk:error\", \"x\": [[[{}]]]}, \"trace\": [\"x\"]}]}");
    SAME("{\"/a\": {\"type\": \"aws:cdk:error\", \"data\": \"not in a list\"}, \"/b\": \"s\", \"/c\": null, \"/d\": 1, \"/e\": [], \"/f\": {}}");
    SAME(" \r\n\t{ \"/a\" :\r\n [ { \"type\" :\t\"aws:cdk:info\" , \"data\" : \"spaces\" } ] , \"/b\" : [ ] } \n\t");
    SAME("{}");
    SAME("[]");
    SAME("[{\"type\": \"aws:cdk:info\"}]");
    SAME("\"/a\"");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:info\", \"data\": \"a \\u0000 in a value\"}]}");
}

TEST(what_the_parser_refuses)
{
    SAME("");
    SAME("   ");
    SAME("{");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:info\"}]");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:info\"},]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:info\",}]}");
    SAME("{\"/a\": [],}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:logicalId\", \"data\": \"x\"}] x");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:logicalId\", \"data\": \"\\x\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:logicalId\", \"data\": \"\\u12\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:logicalId\", \"data\": \"\\u12G4\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:logicalId\", \"data\": \"tab\tinside\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:logicalId\", \"data\": \"\xc3\x28 bad UTF-8\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:logicalId\", \"data\": \"\xc0\xaf overlong\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:logicalId\", \"data\": \"\xed\xa0\x80 a surrogate\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:logicalId\", \"data\": \"\xc3\\u00e9 cut by an escape\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:logicalId\", \"data\": \"\\u00e9\xa9 a continuation after an escape\"}]}");
    SAME("{\"/a\xff\": []}");
    SAME("{\"/a\": [{\"type\xff\": 1}]}");
    SAME("{\"/a\\u0000\": []}");
    SAME("{\"/a\": [{\"ty\\u0000pe\": \"aws:cdk:info\"}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:logicalId\", \"data\": {\"k\\u0000\": 1}}]}");
    SAME("{\"/a\": [{\"type\": \"aws:cdk:logicalId\", \"data\": {\"k\\\\u0000\": 1}}]}");
    const char *numbers[] = {"01", "-", "1.", "1e", "1e+", ".5", "+1", "-01", "1.5e", "0x10", "- 1", "1ee2", "Infinity", "NaN",
                             "tru", "nul", "falsey", "truex", "1.0e+10", "-0.0", "123456789012345678901234567890"};
    for (size_t i = 0; i < sizeof numbers / sizeof *numbers; i++) {
        char t[200];
        snprintf(t, sizeof t, "{\"/a\": [{\"type\": \"aws:cdk:logicalId\", \"data\": %s}], \"/b\": [%s]}", numbers[i], numbers[i]);
        CHECK(same(numbers[i], t, strlen(t)));
    }
    /* a NUL byte inside the text (the one after it is the scan's end) */
    CHECK(same("a NUL byte", "{\"/a\": [\0]}", 11));
    CHECK(same("a NUL byte in a string", "{\"/a\": [\"x\0\"]}", 14));
}

TEST(nesting_limit)
{
    /* ccdk__json_parse stops at CCDK__JSON_MAX_DEPTH levels; the data of an entry is at level 4 */
    for (int extra = -1; extra <= 1; extra++) {
        for (int kind = 0; kind < 3; kind++) {
            int levels = CCDK__JSON_MAX_DEPTH - 4 + extra; /* nested lists in the data */
            ccdk__buf b = {0};
            ccdk__buf_printf(&b, "{\"/a\": [{\"type\": \"%s\", \"data\": ", kind == 0 ? "aws:cdk:logicalId" : kind == 1 ? "aws:cdk:info" : "x");
            for (int i = 0; i < levels; i++)
                ccdk__buf_puts(&b, kind == 2 ? "{\"k\":" : "[");
            ccdk__buf_puts(&b, "1");
            for (int i = 0; i < levels; i++)
                ccdk__buf_puts(&b, kind == 2 ? "}" : "]");
            ccdk__buf_puts(&b, "}]}");
            char what[64];
            snprintf(what, sizeof what, "nesting %+d, kind %d", extra, kind);
            CHECK(same(what, b.data, b.len));
            ccdk__buf_free(&b);
        }
    }
    /* in an entry that is no object, and in a value that is no list */
    for (int extra = -1; extra <= 1; extra++) {
        for (int where = 0; where < 2; where++) {
            int levels = CCDK__JSON_MAX_DEPTH - (where ? 2 : 3) + 1 + extra;
            ccdk__buf b = {0};
            ccdk__buf_puts(&b, where ? "{\"/a\": " : "{\"/a\": [");
            for (int i = 0; i < levels; i++)
                ccdk__buf_puts(&b, "[");
            for (int i = 0; i < levels; i++)
                ccdk__buf_puts(&b, "]");
            ccdk__buf_puts(&b, where ? "}" : "]}");
            char what[64];
            snprintf(what, sizeof what, "nesting %+d, %s", extra, where ? "a value" : "an entry");
            CHECK(same(what, b.data, b.len));
            ccdk__buf_free(&b);
        }
    }
}

TEST(random_mutations)
{
    const char *base =
        "{\n  \"/S\": [\n    {\n      \"type\": \"aws:cdk:templateFile\",\n      \"data\": \"S.template.json\"\n    },\n"
        "    {\n      \"type\": \"aws:cdk:info\",\n      \"data\": \"Number of resources: 401 [ack: x]\"\n    }\n  ],\n"
        "  \"/S/Fn/Resource\": [\n    {\n      \"type\": \"aws:cdk:logicalId\",\n      \"data\": \"FnD0A58860\",\n"
        "      \"trace\": [\"at f (/a.js:1:2)\"]\n    },\n    {\n      \"type\": \"aws:cdk:warning\",\n      \"data\": {\"n\": [1, 2.5e-3, true, null]}\n    }\n  ],\n"
        "  \"/S/Q\": [{\"type\": \"aws:cdk:logicalId\", \"data\": \"Q\\u0041\\n\"}, 7, \"s\", [], {}],\n"
        "  \"/S/E\": [{\"type\": \"aws:cdk:error\", \"data\": \"\xc3\xa9 \\\"x\\\"\"}],\n"
        "  \"/S/Q\": [{\"type\": \"aws:cdk:logicalId\", \"data\": \"again\"}]\n}\n";
    static const char bytes[] = "{}[]:,\" \\u0aAeE.-+9tfn\n\t\x01\x80\xc3\xa9\xed\xff/";
    size_t n = strlen(base);
    unsigned long long r = 0x243F6A8885A308D3ULL;
    int bad = 0;
    char *t = malloc(n + 8);
    CHECK(same("the unmutated text", base, n));
    for (int i = 0; i < 20000 && bad < 5; i++) {
        memcpy(t, base, n);
        size_t m = n;
        for (int k = 0; k < 1 + i % 3; k++) {
            r = r * 6364136223846793005ULL + 1442695040888963407ULL;
            size_t at = (size_t)(r >> 33) % m;
            char c = bytes[(r >> 20) % (sizeof bytes - 1)];
            switch ((r >> 8) % 3) {
            case 0: /* replace */
                t[at] = c;
                break;
            case 1: /* delete */
                memmove(t + at, t + at + 1, m - at - 1);
                m--;
                break;
            default: /* insert */
                memmove(t + at + 1, t + at, m - at);
                t[at] = c;
                m++;
            }
        }
        char what[64];
        snprintf(what, sizeof what, "mutation %d", i);
        if (!same(what, t, m))
            bad++;
    }
    CHECK(bad == 0);
    free(t);
    /* (the mutations reach both sides: some refused, most still read) */
    CHECK(nrefused > 1000 && nrefused < nchecks - 1000);
}

int main(void)
{
    app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    RUN(annotations_among_logical_ids);
    RUN(escapes_in_types_and_keys);
    RUN(duplicates_and_types_that_are_not_strings);
    RUN(data_traces_and_entries_that_are_not_objects);
    RUN(what_the_parser_refuses);
    RUN(nesting_limit);
    RUN(random_mutations);
    ccdk_app_free(app);
    return TEST_DONE();
}
