/* test_node_addr.c - ccdk_node_addr against constructs' node.addr, computed live with node (the
 * oracle: ./node_modules/constructs): a tree with "Default" scopes, ids of many bytes and of
 * non-ASCII text, the App and a Stack; and NULL for a NULL handle. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ccdk/core.h>

#include "internal.h"
#include "testlib.h"

/* the ids of each construct below the App, "/"-separated from the App down; each made in the C tree
 * and in the oracle's, in this order (a parent before its children) */
static const char *const paths[] = {
    "Stack",
    "Stack/Role",
    "Stack/Default",
    "Stack/Default/Child",
    "Stack/Default/Default",
    "Stack/Role/Default",
    "Stack/Role/Resource",
    "Other",
    "Other/Caf\xc3\xa9 \xe2\x82\xac",
    "Other/AVeryLongIdThatIsLongerThanOneSha1BlockOfSixtyFourBytesSoThatTheDigestNeedsTwoBlocksAtLeast",
    "Other/x-y_z.0",
    "Default",
    "Default/Default",
};
enum { NPATHS = sizeof paths / sizeof *paths };

/* constructs' answers: one line per path, the App's first */
static char *oracle_addrs(void)
{
    ccdk__buf js = {0};
    ccdk__buf_puts(&js, "const {Construct, RootConstruct} = require('./node_modules/constructs');"
                        "const root = new RootConstruct(''); const by = {'': root}; const out = [root.node.addr];"
                        "for (const p of JSON.parse(process.argv[1])) {"
                        "  const i = p.lastIndexOf('/'); const parent = i < 0 ? '' : p.slice(0, i);"
                        "  by[p] = new Construct(by[parent], p.slice(i + 1)); out.push(by[p].node.addr); }"
                        "console.log(out.join('\\n'));");
    ccdk__buf arg = {0};
    ccdk__buf_putc(&arg, '[');
    for (size_t i = 0; i < NPATHS; i++) {
        ccdk__buf_puts(&arg, i ? ",\"" : "\"");
        ccdk__buf_puts(&arg, paths[i]);
        ccdk__buf_putc(&arg, '"');
    }
    ccdk__buf_putc(&arg, ']');
    ccdk__buf_putc(&js, 0);
    ccdk__buf_putc(&arg, 0);
    const char *node = getenv("CCDK_NODE");
    char *cmd = NULL;
    if (asprintf(&cmd, "'%s' -e \"%s\" '%s'", node ? node : "node", js.data, arg.data) < 0)
        abort();
    ccdk__buf_free(&js);
    ccdk__buf_free(&arg);
    FILE *p = popen(cmd, "r");
    free(cmd);
    if (!p)
        return NULL;
    ccdk__buf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, p)) > 0)
        ccdk__buf_put(&b, chunk, n);
    if (pclose(p) != 0) {
        ccdk__buf_free(&b);
        return NULL;
    }
    return b.data;
}

TEST(node_addr_matches_constructs)
{
    char *want = oracle_addrs();
    if (!CHECK_RET(want != NULL))
        return;
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_construct *made[NPATHS];
    ccdk__buf got = {0};
    ccdk__buf_puts(&got, ccdk_node_addr(app));
    for (size_t i = 0; i < NPATHS; i++) {
        const char *slash = strrchr(paths[i], '/');
        ccdk_construct *parent = NULL; /* NULL: the App */
        if (slash)
            for (size_t k = 0; k < i; k++)
                if (strlen(paths[k]) == (size_t)(slash - paths[i]) && !strncmp(paths[k], paths[i], strlen(paths[k])))
                    parent = made[k];
        const char *id = slash ? slash + 1 : paths[i];
        made[i] = i == 0 || i == 7 ? (ccdk_construct *)ccdk_stack_new(app, id, NULL)
                  : parent                    ? ccdk_construct_new(parent, id)
                                              : ccdk_construct_new(app, id);
        const char *a = ccdk_node_addr(made[i]);
        CHECK(a && strlen(a) == 42 && !strncmp(a, "c8", 2));
        ccdk__buf_putc(&got, '\n');
        ccdk__buf_puts(&got, a);
    }
    ccdk__buf_putc(&got, '\n');
    ccdk__buf_putc(&got, 0);
    CHECK_STR_EQ(got.data, want);
    /* "Default" is left out: a/Default/b and a/b have one address */
    CHECK_STR_EQ(ccdk_node_addr(made[3]), ccdk_node_addr(ccdk_construct_new(made[0], "Child")));
    CHECK((ccdk_node_addr)(NULL) == NULL); /* the function itself: the macro takes constructs only */
    ccdk__buf_free(&got);
    free(want);
    ccdk_app_free(app);
}

int main(void)
{
    RUN_ORACLE(node_addr_matches_constructs);
    return TEST_DONE();
}
