/* test_json.c - ccdk__json_write against Node's JSON.stringify(x, undefined, 0/1/2) on generated
 * values, and ccdk__json_parse round trips.
 *
 * The values are generated here with a fixed-seed PRNG and handed to node in an unambiguous
 * encoding (numbers as their 64 bits, strings as hex of their UTF-8 bytes), so node stringifies
 * exactly the values C holds; node returns its three renderings as hex lines. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "testlib.h"

#define NCASES 400

static ccdk_app *app;

/* ------------------------------------------------------------------ PRNG (splitmix64) */

static uint64_t rng_state = 0x2545F4914F6CDD1DULL;
static uint64_t rnd(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
static unsigned rn(unsigned n) { return (unsigned)(rnd() % n); }

/* ------------------------------------------------------------------ generators */

static const double special_numbers[] = {
    0.0, -0.0, 1, -1, 1e21, 1e-7, 1e-6, 0.1 + 0.2, 5e-324, 1.7976931348623157e308, -1.7976931348623157e308,
    9007199254740992.0, 9007199254740991.0, -9007199254740992.0, 123456789012345680000.0, 1e20, 1e22,
    999999999999999999999.0, 1e-5, 0.000001, 0.0000001, 1.5e-7, 4.35, 100, 1e300, 2.2250738585072014e-308,
    123e-20, 9007199254740993.0, 0.1, 0.5, 1.0 / 3, 2.0 / 3, 1e16, 12345678901234567890.0, 4.9e-324,
    -1e-7, 1e21 - 65536, 1.25e-6, 3.14159, 256, 86400, 0.3, 1e100, 1e-100, 5e-7, 299792458,
};

static double gen_number(void)
{
    switch (rn(7)) {
    case 0:
        return special_numbers[rn(sizeof special_numbers / sizeof *special_numbers)];
    case 1: { /* integer up to 2^53 */
        double m = (double)(rnd() >> (11 + rn(53)));
        return rn(2) ? -m : m;
    }
    case 2: { /* decimal fraction */
        double m = (double)(rnd() % 1000000007ULL);
        return m / pow(10, rn(12));
    }
    case 3: { /* any bit pattern (NaN and Infinity included: both render null) */
        uint64_t b = rnd();
        double d;
        memcpy(&d, &b, sizeof d);
        return d;
    }
    case 4: { /* mantissa x 10^e, negative exponents included */
        double m = (double)(rnd() % 100000) / 1000.0;
        return m * pow(10, (int)rn(61) - 30);
    }
    case 5:
        return (double)rn(100);
    default: { /* near the 1e21 and 1e-7 switches to exponent notation */
        double base = rn(2) ? 1e21 : 1e-7;
        return base * (1 + ((double)rn(2001) - 1000) / 1e6);
    }
    }
}

static void put_cp(ccdk__buf *b, unsigned cp)
{
    char t[4];
    size_t n;
    if (cp < 0x80) {
        t[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        t[0] = (char)(0xC0 | (cp >> 6));
        t[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        t[0] = (char)(0xE0 | (cp >> 12));
        t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        t[0] = (char)(0xF0 | (cp >> 18));
        t[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        t[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    ccdk__buf_put(b, t, n);
}

static unsigned gen_cp(void)
{
    static const unsigned specials[] = {'"', '\\', '/', 0, '\b', '\f', '\n', '\r', '\t', 0x0b, 0x1f, 0x7f, 0x80,
                                        0xa0, 0xe9, 0x2028, 0x2029, 0xfeff, 0xfffd, 0xffff, 0xd7ff, 0xe000,
                                        0x1f680, 0x1f469, 0x200d, 0x1f4bb, 0x1f1ea, 0x10ffff, 0x10000, '<', '&'};
    switch (rn(10)) {
    case 0:
    case 1:
        return specials[rn(sizeof specials / sizeof *specials)];
    case 2:
        return rn(0x20);
    case 3:
        return 0x80 + rn(0x800 - 0x80);
    case 4: {
        unsigned cp = 0x800 + rn(0x10000 - 0x800);
        return cp >= 0xD800 && cp < 0xE000 ? 0x65e5 : cp;
    }
    case 5:
        return 0x10000 + rn(0x110000 - 0x10000);
    default:
        return 0x20 + rn(0x5f);
    }
}

/* a string value; may hold NULs (length-counted) */
static ccdk_value *gen_string_value(unsigned maxlen)
{
    ccdk__buf b = {0};
    unsigned n = rn(maxlen + 1);
    for (unsigned i = 0; i < n; i++)
        put_cp(&b, gen_cp());
    ccdk_value *v = ccdk__v_new(app, CCDK__V_STR);
    v->u.str.s = ccdk__strndup(app, b.data ? b.data : "", b.len);
    v->u.str.len = b.len;
    ccdk__buf_free(&b);
    return v;
}

/* an object key: no NULs, not an array index (JavaScript orders those first), not __proto__ */
static const char *gen_key(void)
{
    static const char *const keys[] = {"Type", "Properties", "Fn::Join", "Ref", "", " ", "a b", "\xc3\xa9t\xc3\xa9",
                                       "\xf0\x9f\x9a\x80", "k\"q", "back\\slash", "new\nline", "01", "-1", "1.5",
                                       "4294967295", "constructor", "toString", "length"};
    if (rn(3) == 0)
        return keys[rn(sizeof keys / sizeof *keys)];
    for (;;) {
        ccdk_value *s = gen_string_value(8);
        if (strlen(s->u.str.s) != s->u.str.len)
            continue;
        const char *k = s->u.str.s;
        int digits = *k != 0;
        for (const char *p = k; *p; p++)
            if (*p < '0' || *p > '9')
                digits = 0;
        if (digits || !strcmp(k, "__proto__"))
            continue;
        return k;
    }
}

static ccdk_value *gen_value(int depth, int allow_undef)
{
    unsigned r = rn(depth >= 5 ? 6 : 9);
    switch (r) {
    case 0:
        return ccdk__v_new(app, CCDK__V_NULL);
    case 1:
        return ccdk__v_bool(app, (int)rn(2));
    case 2:
    case 3:
        return ccdk__v_num(app, gen_number());
    case 4:
    case 5:
        if (allow_undef && rn(12) == 0)
            return ccdk__v_undef(app);
        return gen_string_value(rn(4) ? 12 : 60);
    case 6:
    case 7: {
        ccdk_value *l = ccdk__v_list(app);
        unsigned n = rn(6);
        for (unsigned i = 0; i < n; i++)
            ccdk__v_push(l, gen_value(depth + 1, allow_undef));
        return l;
    }
    default: {
        ccdk_value *o = ccdk__v_obj(app);
        unsigned n = rn(6);
        for (unsigned i = 0; i < n; i++)
            ccdk__v_set(o, gen_key(), gen_value(depth + 1, allow_undef));
        return o;
    }
    }
}

/* ------------------------------------------------------------------ encoding for node */

static void hex(ccdk__buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        ccdk__buf_printf(b, "%02x", (unsigned char)s[i]);
}

static void encode(ccdk__buf *b, const ccdk_value *v)
{
    switch (v->kind) {
    case CCDK__V_UNDEF: ccdk__buf_putc(b, 'u'); break;
    case CCDK__V_NULL: ccdk__buf_putc(b, 'n'); break;
    case CCDK__V_BOOL: ccdk__buf_putc(b, v->u.b ? 't' : 'f'); break;
    case CCDK__V_NUM: {
        uint64_t bits;
        memcpy(&bits, &v->u.n, sizeof bits);
        ccdk__buf_printf(b, "d%016llx", (unsigned long long)bits);
        break;
    }
    case CCDK__V_STR:
        ccdk__buf_printf(b, "s%zu:", v->u.str.len);
        hex(b, v->u.str.s, v->u.str.len);
        break;
    case CCDK__V_LIST:
        ccdk__buf_printf(b, "l%zu:", (size_t)v->u.list.n);
        for (size_t i = 0; i < v->u.list.n; i++)
            encode(b, v->u.list.items[i]);
        break;
    case CCDK__V_OBJ:
        ccdk__buf_printf(b, "o%zu:", (size_t)v->u.obj.n);
        for (size_t i = 0; i < v->u.obj.n; i++) {
            ccdk__buf_printf(b, "s%zu:", strlen(v->u.obj.e[i].key));
            hex(b, v->u.obj.e[i].key, strlen(v->u.obj.e[i].key));
            encode(b, v->u.obj.e[i].val);
        }
        break;
    default:
        ccdk__buf_putc(b, '?');
    }
}

static const char node_script[] =
    "const fs=require('fs');const [inp,out]=process.argv.slice(2);\n"
    "const lines=fs.readFileSync(inp,'latin1').split('\\n').filter(Boolean);\n"
    "function dec(s){let i=0;\n"
    " const num=()=>{const j=s.indexOf(':',i);const n=+s.slice(i,j);i=j+1;return n;};\n"
    " const str=()=>{const n=num();const h=s.slice(i,i+2*n);i+=2*n;return Buffer.from(h,'hex').toString('utf8');};\n"
    " function v(){const c=s[i++];switch(c){\n"
    "  case 'u':return undefined;case 'n':return null;case 't':return true;case 'f':return false;\n"
    "  case 'd':{const b=Buffer.from(s.slice(i,i+16),'hex');i+=16;return b.readDoubleBE(0);}\n"
    "  case 's':return str();\n"
    "  case 'l':{const n=num();const a=[];for(let k=0;k<n;k++)a.push(v());return a;}\n"
    "  case 'o':{const n=num();const o={};for(let k=0;k<n;k++){if(s[i++]!=='s')throw new Error('key');const key=str();o[key]=v();}return o;}\n"
    "  }throw new Error('bad tag '+c+' at '+i);}\n"
    " return v();}\n"
    "const res=[];for(const l of lines){const x=dec(l);for(const k of [0,1,2]){const t=JSON.stringify(x,undefined,k);"
    "res.push(t===undefined?'-':Buffer.from(t,'utf8').toString('hex'));}}\n"
    "fs.writeFileSync(out,res.join('\\n')+'\\n');\n";

static char *read_file(const char *path, size_t *len) { return ccdk__read_file(path, len); }

static int unhex_char(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }

/* ------------------------------------------------------------------ tests */

static ccdk_value *cases[NCASES];

static int has_nonfinite(const ccdk_value *v)
{
    if (v->kind == CCDK__V_NUM)
        return !isfinite(v->u.n);
    if (v->kind == CCDK__V_LIST) {
        for (size_t i = 0; i < v->u.list.n; i++)
            if (has_nonfinite(v->u.list.items[i]))
                return 1;
    } else if (v->kind == CCDK__V_OBJ) {
        for (size_t i = 0; i < v->u.obj.n; i++)
            if (has_nonfinite(v->u.obj.e[i].val))
                return 1;
    }
    return 0;
}

static int has_undef(const ccdk_value *v)
{
    if (v->kind == CCDK__V_UNDEF)
        return 1;
    if (v->kind == CCDK__V_LIST) {
        for (size_t i = 0; i < v->u.list.n; i++)
            if (has_undef(v->u.list.items[i]))
                return 1;
    } else if (v->kind == CCDK__V_OBJ) {
        for (size_t i = 0; i < v->u.obj.n; i++)
            if (has_undef(v->u.obj.e[i].val))
                return 1;
    }
    return 0;
}

static char *write_json(const ccdk_value *v, int indent)
{
    ccdk__buf b = {0};
    ccdk__json_write(&b, v, indent);
    ccdk__buf_putc(&b, 0);
    char *s = ccdk__strdup(app, b.data);
    ccdk__buf_free(&b);
    return s;
}

TEST(write_matches_node)
{
    char dir[] = "/tmp/ccdk-test-json-XXXXXX";
    if (!CHECK_RET(mkdtemp(dir)))
        return;
    char in[256], out[256], js[256], cmd[1024];
    snprintf(in, sizeof in, "%s/in.txt", dir);
    snprintf(out, sizeof out, "%s/out.txt", dir);
    snprintf(js, sizeof js, "%s/stringify.js", dir);
    ccdk__write_file(js, node_script, strlen(node_script));

    ccdk__buf enc = {0};
    for (int i = 0; i < NCASES; i++) {
        /* the first cases: each special number alone, then each in a list */
        size_t nspecial = sizeof special_numbers / sizeof *special_numbers;
        if ((size_t)i < nspecial)
            cases[i] = ccdk__v_num(app, special_numbers[i]);
        else if (i == (int)nspecial) {
            cases[i] = ccdk__v_list(app);
            for (size_t k = 0; k < nspecial; k++)
                ccdk__v_push(cases[i], ccdk__v_num(app, special_numbers[k]));
        } else
            cases[i] = gen_value(0, 1);
        encode(&enc, cases[i]);
        ccdk__buf_putc(&enc, '\n');
    }
    ccdk__write_file(in, enc.data, enc.len);
    ccdk__buf_free(&enc);

    snprintf(cmd, sizeof cmd, "node '%s' '%s' '%s'", js, in, out);
    int rc = system(cmd);
    CHECK_INT_EQ(rc, 0);
    size_t len = 0;
    char *text = read_file(out, &len);
    if (!CHECK_RET(text != NULL))
        return;

    int mismatches = 0, compared = 0, nonempty = 0;
    char *line = text;
    for (int i = 0; i < NCASES; i++) {
        for (int k = 0; k < 3; k++) {
            char *nl = strchr(line, '\n');
            if (!CHECK_RET(nl != NULL))
                goto done;
            *nl = 0;
            ccdk__buf want = {0};
            for (char *p = line; p[0] && p[1]; p += 2) {
                char c = (char)(unhex_char(p[0]) << 4 | unhex_char(p[1]));
                ccdk__buf_put(&want, &c, 1);
            }
            ccdk__buf_putc(&want, 0);
            char *got = write_json(cases[i], k);
            const char *w = strcmp(line, "-") ? want.data : "undefined";
            compared++;
            if (want.len > 3)
                nonempty++;
            if (cases[i]->kind == CCDK__V_UNDEF) {
                /* JSON.stringify(undefined) is undefined; ccdk__json_write is only called on values */
            } else if (strcmp(got, w) != 0 || strlen(w) != want.len - 1) {
                if (++mismatches <= 5) {
                    fprintf(stderr, "case %d, indent %d:\n", i, k);
                    CHECK_STR_EQ(got, w);
                }
            }
            ccdk__buf_free(&want);
            line = nl + 1;
        }
    }
done:
    CHECK_MSG(mismatches == 0, "%d of %d renderings differ from JSON.stringify", mismatches, compared);
    CHECK(compared == NCASES * 3);
    CHECK_MSG(nonempty > NCASES, "only %d non-trivial renderings from node", nonempty);
    free(text);
    unlink(in);
    unlink(out);
    unlink(js);
    rmdir(dir);
}

TEST(parse_round_trips)
{
    int bad = 0;
    for (int i = 0; i < NCASES; i++) {
        ccdk_value *v = cases[i];
        if (!v || v->kind == CCDK__V_UNDEF || has_nonfinite(v) || has_undef(v))
            continue;
        for (int k = 0; k < 3; k++) {
            char *t = write_json(v, k);
            const char *err = NULL;
            ccdk_value *p = ccdk__json_parse(app, t, strlen(t), &err);
            int ok = p && !err && ccdk__v_equal(v, p);
            char *t2 = ok ? write_json(p, k) : NULL;
            ok = ok && !strcmp(t, t2);
            if (!ok && ++bad <= 5) {
                fprintf(stderr, "case %d indent %d: err=%s\n", i, k, err ? err : "(none)");
                CHECK_STR_EQ(t2, t);
            }
        }
    }
    CHECK_MSG(bad == 0, "%d parse round trips failed", bad);
}

static ccdk_value *parse(const char *s, const char **err) { return ccdk__json_parse(app, s, strlen(s), err); }

TEST(parse_specifics)
{
    const char *err;
    ccdk_value *v = parse(" \"\\u00e9\\ud83d\\ude80\\/\\\"\\\\\\b\\f\\n\\r\\t\\u0000x\" ", &err);
    if (CHECK_RET(v && v->kind == CCDK__V_STR)) {
        CHECK_INT_EQ(v->u.str.len, 2 + 4 + 1 + 1 + 1 + 5 + 1 + 1);
        CHECK(memcmp(v->u.str.s, "\xc3\xa9\xf0\x9f\x9a\x80/\"\\\b\f\n\r\t\0x", v->u.str.len) == 0);
    }
    /* U+2028 is written as it is, like JSON.stringify */
    v = parse("\"a\\u2028b\"", &err);
    CHECK_STR_EQ(write_json(v, 0), "\"a\xe2\x80\xa8" "b\"");
    v = parse("[-0, 1E+2, 1e-400, 123456789012345680000, 0.1, -1.5e-7]", &err);
    if (CHECK_RET(v && v->kind == CCDK__V_LIST && v->u.list.n == 6)) {
        CHECK(v->u.list.items[0]->u.n == 0 && signbit(v->u.list.items[0]->u.n));
        CHECK(v->u.list.items[1]->u.n == 100);
        CHECK(v->u.list.items[2]->u.n == 0);
        CHECK_STR_EQ(write_json(v, 0), "[0,100,0,123456789012345680000,0.1,-1.5e-7]");
    }
    v = parse("{\"b\": 1, \"a\": 2, \"b\": 3}", &err);
    CHECK_STR_EQ(write_json(v, 0), "{\"b\":3,\"a\":2}"); /* JSON.parse: a repeated key keeps its first place */
    v = parse("{}", &err);
    CHECK_STR_EQ(write_json(v, 2), "{}");
    v = parse("[[], {}, [[]]]", &err);
    CHECK_STR_EQ(write_json(v, 1), "[\n []," "\n {},\n [\n  []\n ]\n]");

    static const char *const invalid[] = {"", " ", "[1,]", "{\"a\":1,}", "\"abc", "tru", "[1 2]", "{\"a\" 1}",
                                          "{a:1}", "[", "]", "\"\\x\"", "\"\\u12\"", "\"a\nb\"", "1 2", "nul",
                                          "[1]x", "{\"a\":}", "-", "--1", "1e", NULL};
    for (const char *const *s = invalid; *s; s++) {
        err = NULL;
        v = parse(*s, &err);
        CHECK_MSG(v == NULL && err != NULL, "parsed invalid JSON: '%s'", *s);
    }
    /* nesting deeper than CCDK__JSON_MAX_DEPTH is refused, not a stack overflow (test_context.c
     * has the limit itself) */
    ccdk__buf deep = {0};
    for (int i = 0; i < 100000; i++)
        ccdk__buf_putc(&deep, '[');
    for (int i = 0; i < 100000; i++)
        ccdk__buf_putc(&deep, ']');
    err = NULL;
    v = ccdk__json_parse(app, deep.data, deep.len, &err);
    CHECK(v == NULL && err != NULL);
    ccdk__buf_free(&deep);
}

/* the scan (ccdk__json_scan_value) takes and refuses what the parser does, with its message */
TEST(scan_matches_parse)
{
    static const char *const texts[] = {
        "", " ", "[1,]", "{\"a\":1,}", "\"abc", "tru", "[1 2]", "{\"a\" 1}", "{a:1}", "[", "]", "\"\\x\"",
        "\"\\u12\"", "\"a\nb\"", "1 2", "nul", "[1]x", "{\"a\":}", "-", "--1", "1e", "01", "1.", ".5", "+1",
        "{\"a\\u0000\":1}", "{\"a\":\"\\u0000\"}", "\"\xff\"", "\"\xc3\"", "\"\xc3\xa9\"", "\"\\ud800\"",
        "[true,false,null,-0.5e+3,\"x\\ny\",{\"k\":[{}]}]", "\"a\\", "\"a\\u00e9", "{\"a\":1", "[1,2",
        "{\"a\":1 \"b\":2}", "\t\r\n 1 \n", "\"\x7f\"", "\"\x01\"", NULL};
    for (const char *const *t = texts; *t; t++) {
        size_t len = strlen(*t);
        const char *perr = NULL;
        ccdk_value *v = ccdk__json_parse(app, *t, len, &perr);
        ccdk__json_scan s = {*t, *t + len, NULL};
        int rc = ccdk__json_scan_value(&s, 1);
        if (rc == 0) {
            ccdk__json_scan_ws(&s);
            if (s.p != s.end) {
                rc = -1;
                s.err = "trailing characters after JSON";
            }
        }
        CHECK_MSG((rc == 0) == (v != NULL), "'%s': scan %d, parse %s", *t, rc, v ? "ok" : perr);
        if (rc && !v)
            CHECK_STR_EQ(s.err, perr);
    }
}

/* a string's faults are reported in the order the parser always found them: what breaks the
 * string's syntax first, then its bytes as UTF-8, then a NUL in a key */
TEST(string_error_order)
{
    static const struct {
        const char *text, *err;
    } faults[] = {
        {"\"\xff\\x\"", "bad escape"},
        {"\"\xff\\u12", "bad \\u escape"},
        {"\"\xff\x01\"", "control character in string"},
        {"\"\xff", "unterminated string"},
        {"\"\xff\\u0041\"", "invalid UTF-8 in a string"},
        {"\"a\\u0041\xc3\"", "invalid UTF-8 in a string"},
        {"{\"\\u0000\xff\":1}", "invalid UTF-8 in a string"},
        {"{\"\\u0000\\q\":1}", "bad escape"},
        {"{\"a\\u0000b\":1}", "\\u0000 in an object key is not supported"},
    };
    for (size_t i = 0; i < sizeof faults / sizeof *faults; i++) {
        const char *err = NULL;
        ccdk_value *v = ccdk__json_parse(app, faults[i].text, strlen(faults[i].text), &err);
        CHECK(v == NULL);
        CHECK_STR_EQ(err, faults[i].err);
    }
    /* escapes decode into the arena without a copy of their own; plain strings are copied whole */
    const char *err;
    const char *text = "[\"plain\", \"\\ud83d\\ude80\\ud83d\", \"\\u00e9\\u0041\"]";
    ccdk_value *v = ccdk__json_parse(app, text, strlen(text), &err);
    if (CHECK_RET(v && v->kind == CCDK__V_LIST && v->u.list.n == 3)) {
        CHECK_STR_EQ(v->u.list.items[0]->u.str.s, "plain");
        CHECK_STR_EQ(v->u.list.items[1]->u.str.s, "\xf0\x9f\x9a\x80\xef\xbf\xbd");
        CHECK_STR_EQ(v->u.list.items[2]->u.str.s, "\xc3\xa9" "A");
    }
}

TEST(write_numbers)
{
    static const struct {
        double d;
        const char *s;
    } nums[] = {
        {0.0, "0"}, {-0.0, "0"}, {1e21, "1e+21"}, {1e-7, "1e-7"}, {1e-6, "0.000001"},
        {0.1 + 0.2, "0.30000000000000004"}, {5e-324, "5e-324"}, {1.7976931348623157e308, "1.7976931348623157e+308"},
        {9007199254740992.0, "9007199254740992"}, {123456789012345680000.0, "123456789012345680000"},
        {1e20, "100000000000000000000"}, {-1.5e-7, "-1.5e-7"}, {1.25e-6, "0.00000125"}, {4.35, "4.35"},
        {1e100, "1e+100"}, {2.5e-308, "2.5e-308"},
    };
    for (size_t i = 0; i < sizeof nums / sizeof *nums; i++) {
        ccdk__buf b = {0};
        ccdk__json_write_number(&b, nums[i].d);
        ccdk__buf_putc(&b, 0);
        CHECK_STR_EQ(b.data, nums[i].s);
        ccdk__buf_free(&b);
    }
    ccdk__buf b = {0};
    ccdk__json_write_number(&b, NAN);
    ccdk__json_write_number(&b, INFINITY);
    ccdk__buf_putc(&b, 0);
    CHECK_STR_EQ(b.data, "nullnull");
    ccdk__buf_free(&b);
}

/* the streaming writer (ccdk__jw) gives json_write's bytes: each generated value is streamed
 * member by member, mixing primitives and embedded values, at indent 0, 1 and 2 */
static void stream(ccdk__jw *w, const ccdk_value *v, int depth)
{
    if (!v || v->kind == CCDK__V_NULL) {
        ccdk__jw_value(w, v);
        return;
    }
    switch (v->kind) {
    case CCDK__V_STR:
        if (strlen(v->u.str.s) == v->u.str.len)
            ccdk__jw_str(w, v->u.str.s);
        else
            ccdk__jw_value(w, v);
        return;
    case CCDK__V_NUM: ccdk__jw_num(w, v->u.n); return;
    case CCDK__V_BOOL: ccdk__jw_bool(w, v->u.b); return;
    case CCDK__V_LIST:
        if (depth % 2) { /* every other level as an embedded value */
            ccdk__jw_value(w, v);
            return;
        }
        ccdk__jw_list(w);
        for (size_t i = 0; i < v->u.list.n; i++) {
            ccdk__jw_item(w);
            const ccdk_value *it = v->u.list.items[i];
            stream(w, it && it->kind == CCDK__V_UNDEF ? NULL : it, depth + 1);
        }
        ccdk__jw_end_list(w);
        return;
    case CCDK__V_OBJ:
        ccdk__jw_obj(w);
        for (size_t i = 0; i < v->u.obj.n; i++) {
            const ccdk_value *it = v->u.obj.e[i].val;
            if (!it || it->kind == CCDK__V_UNDEF)
                continue;
            ccdk__jw_key(w, v->u.obj.e[i].key);
            stream(w, it, depth + 1);
        }
        ccdk__jw_end_obj(w);
        return;
    default:
        ccdk__jw_value(w, v);
    }
}

TEST(stream_writer_matches_write)
{
    int bad = 0;
    for (int i = 0; i < NCASES; i++) {
        ccdk_value *v = gen_value(0, 1);
        if (v->kind == CCDK__V_UNDEF)
            continue;
        for (int indent = 0; indent <= 2; indent++) {
            ccdk__buf a = {0}, b = {0};
            ccdk__json_write(&a, v, indent);
            ccdk__jw w;
            ccdk__jw_init(&w, &b, indent);
            stream(&w, v, 0);
            if (!a.data || !b.data || strcmp(a.data, b.data)) {
                if (bad++ < 3) {
                    tl_show("write ", a.data);
                    tl_show("stream", b.data);
                }
            }
            ccdk__buf_free(&a);
            ccdk__buf_free(&b);
        }
    }
    CHECK(bad == 0);
}

/* the vectorised escape scan against a byte-by-byte reference, on strings that put characters to
 * escape at every offset of a 16-byte block and past it */
static void ref_escape(ccdk__buf *b, const unsigned char *s, size_t n)
{
    ccdk__buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == '"')
            ccdk__buf_puts(b, "\\\"");
        else if (c == '\\')
            ccdk__buf_puts(b, "\\\\");
        else if (c == '\b')
            ccdk__buf_puts(b, "\\b");
        else if (c == '\f')
            ccdk__buf_puts(b, "\\f");
        else if (c == '\n')
            ccdk__buf_puts(b, "\\n");
        else if (c == '\r')
            ccdk__buf_puts(b, "\\r");
        else if (c == '\t')
            ccdk__buf_puts(b, "\\t");
        else if (c < 0x20)
            ccdk__buf_printf(b, "\\u%04x", c);
        else
            ccdk__buf_putc(b, (char)c);
    }
    ccdk__buf_putc(b, '"');
}

TEST(string_escapes_every_offset)
{
    static const unsigned char special[] = {'"', '\\', 0x01, 0x1f, '\n', '\t', 0x7f, 0x80, 0xff, ' ', 0x20, 0x1e};
    unsigned char s[80];
    int bad = 0;
    for (size_t len = 0; len < sizeof s; len++)
        for (size_t at = 0; at < len || (len == 0 && at == 0); at++)
            for (size_t k = 0; k < sizeof special; k++) {
                for (size_t i = 0; i < len; i++)
                    s[i] = (unsigned char)('a' + (i * 7 + len) % 26);
                if (len) {
                    s[at] = special[k];
                    s[(at * 5 + 3) % len] = special[(k + 3) % sizeof special];
                }
                ccdk__buf a = {0}, b = {0};
                ccdk__json_write_string(&a, (const char *)s, len);
                ref_escape(&b, s, len);
                if (strcmp(a.data, b.data) && bad++ < 3) {
                    tl_show("got ", a.data);
                    tl_show("want", b.data);
                }
                ccdk__buf_free(&a);
                ccdk__buf_free(&b);
            }
    CHECK(bad == 0);
}

int main(void)
{
    unsetenv("CDK_CONTEXT_JSON");
    app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    RUN(write_numbers);
    RUN(write_matches_node);
    RUN(parse_round_trips);
    RUN(parse_specifics);
    RUN(scan_matches_parse);
    RUN(string_error_order);
    RUN(stream_writer_matches_write);
    RUN(string_escapes_every_offset);
    ccdk_app_free(app);
    return TEST_DONE();
}
