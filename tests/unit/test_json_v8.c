/* test_json_v8.c - ccdk__json_v8_error against node's JSON.parse (run live): texts near JSON (a
 * package.json with characters deleted, inserted or replaced at random, hand-picked broken texts)
 * read by node as require() reads a .json file; the same message, or both JSON. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "testlib.h"

static ccdk_app *app;
static char dir[] = "/tmp/ccdk-test-json-v8-XXXXXX";

static unsigned long long rs = 0x2545F4914F6CDD1DULL;
static unsigned rn(unsigned n)
{
    rs ^= rs << 13;
    rs ^= rs >> 7;
    rs ^= rs << 17;
    return (unsigned)(rs % n);
}

static const char *const fixed[] = {
    "",
    "{",
    "[",
    "nul",
    "tru",
    "trx",
    "\"ab\\",
    "\"\\u1",
    "{\"a\": }",
    "{\"a\":1,}",
    "{\"a\":1} x",
    "{a:1}",
    "{\"a\":1 \"b\":2}",
    "[\"a\",]",
    "{\"a\":\"x\ny\"}",
    "{\"a\":-}",
    "{\"a\":1.}",
    "{\"a\":\"\\q\"}",
    "{\"a\":1e}",
    "{\"a\": 01}",
    "\"\\\xc3\xa9\"",
    "\"\\\xe2\x82\xac\"",
    "\"\\\xf0\x9f\x98\x80\"",
    "{\"a\":\"\xc3\xa9\",x}",
    "{\"a\":\"\xf0\x9f\x98\x80\",x}",
    "\xef\xbb\xbf{\"a\":x}",
    "{\"a\":\"\xff\xfe\",x,\"bbbbbbbbbbbbbbbbbbbb\":1}",
    "{\"a\":1,\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\":x,\"cccccccccccccccccc\":1}",
    "{\"a\":1,\"bbbbbbbb\":x}",
    "{\"a\":1,\"bbbbbbbbb\":x}",
    "{\"name\":\"x\",\"version\":\"1.0.0\",\"dependencies\":{\"left-pad\":\"^1.3.0\"},}",
};

static const char base[] = "{\n  \"name\": \"my-app\",\n  \"version\": \"1.0.0\",\n  \"private\": true,\n"
                           "  \"dependencies\": {\n    \"left-pad\": \"^1.3.0\",\n    \"delay\": \"5.0.0\"\n  },\n"
                           "  \"devDependencies\": {\"x\": [1, -2.5e+3, null, false, \"\\u00e9\\n\"]}\n}\n";

TEST(matches_node)
{
    if (!CHECK_RET(mkdtemp(dir) != NULL))
        return;
    enum { NRANDOM = 3000 };
    size_t nfixed = sizeof fixed / sizeof *fixed, total = nfixed + NRANDOM;
    char **texts = calloc(total, sizeof *texts);
    size_t *lens = calloc(total, sizeof *lens);
    static const char *const pool[] = {"{", "}", "[", "]", ",", ":", "\"", "\\", " ", "\n", "\t", "-", "+", ".", "e", "E", "0", "1", "9", "a", "f", "n", "r", "t", "u", "x", "l", "s", "\x01", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xff"};
    for (size_t k = 0; k < total; k++) {
        if (k < nfixed) {
            texts[k] = strdup(fixed[k]);
        } else {
            char *t = malloc(sizeof base + 16);
            size_t n = sizeof base - 1;
            memcpy(t, base, n);
            for (int e = 0, ne = 1 + (int)rn(2); e < ne; e++) {
                size_t at = rn((unsigned)n + 1);
                int op = (int)rn(3);
                const char *c = pool[rn(sizeof pool / sizeof *pool)];
                size_t cl = strlen(c);
                if (op == 0 && at < n) { /* delete a byte */
                    memmove(t + at, t + at + 1, n - at - 1);
                    n--;
                } else if (op == 1 || (op == 2 && at < n)) { /* insert, or replace a byte */
                    size_t drop = op == 2;
                    memmove(t + at + cl, t + at + drop, n - at - drop);
                    memcpy(t + at, c, cl);
                    n += cl - drop;
                }
            }
            if (rn(4) == 0) /* a truncated text */
                n = rn((unsigned)n + 1);
            texts[k] = t;
            lens[k] = n;
            continue;
        }
        lens[k] = strlen(texts[k]);
    }
    for (size_t k = 0; k < total; k++) {
        char path[256];
        snprintf(path, sizeof path, "%s/%zu.json", dir, k);
        FILE *f = fopen(path, "wb");
        fwrite(texts[k], 1, lens[k], f);
        fclose(f);
    }
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "node -e \"const fs=require('fs');for(let k=0;k<%zu;k++){let s=fs.readFileSync('%s/'+k+'.json','utf8');"
             "if(s.charCodeAt(0)===0xFEFF)s=s.slice(1);let m=null;try{JSON.parse(s)}catch(e){m=e.message}"
             "console.log(JSON.stringify(m))}\"",
             total, dir);
    FILE *p = popen(cmd, "r");
    if (!CHECK_RET(p != NULL))
        return;
    static char line[1 << 16];
    size_t k = 0;
    int bad = 0, errs = 0;
    while (fgets(line, sizeof line, p) && k < total) {
        const char *jerr = NULL;
        ccdk_value *v = ccdk__json_parse(app, line, strlen(line), &jerr);
        const char *want = v && v->kind == CCDK__V_STR ? v->u.str.s : NULL;
        const char *got = ccdk__json_v8_error(app, texts[k], lens[k]);
        errs += want != NULL;
        if ((want == NULL) != (got == NULL) || (want && strcmp(want, got))) {
            if (bad++ < 8)
                CHECK_MSG(0, "text %zu (%s): ccdk %s, node %s", k, ccdk__utf8_show(app, texts[k], lens[k]), got ? got : "(JSON)",
                          want ? want : "(JSON)");
        }
        k++;
    }
    CHECK(pclose(p) == 0);
    CHECK_INT_EQ(k, total);
    CHECK_INT_EQ(bad, 0);
    CHECK(errs > (int)total / 2); /* most mutations break the text */
    for (size_t i = 0; i < total; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s/%zu.json", dir, i);
        unlink(path);
        free(texts[i]);
    }
    rmdir(dir);
    free(texts);
    free(lens);
}

int main(void)
{
    app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    RUN(matches_node);
    ccdk_app_free(app);
    return TEST_DONE();
}
