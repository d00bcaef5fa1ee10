/* test_asset_paths.c - the asset walks' path.join (src/assets/path.c, ccdk__assets_path_join)
 * against node's own path.join, live: every pair of a set of directory forms (absolute, relative,
 * the root, ".", "..", doubled and trailing slashes) and entry names (plain, dotted, ".", "..",
 * with slashes) is joined by ccdk and by node, and the two must agree. The joins the walks make
 * (a normalized directory and a plain name) take a shortcut past the normalization; the others
 * do not: both kinds are here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/assets/assets_internal.h"
#include "testlib.h"

static const char *dirs[] = {
    "/", "/a", "/a/b", "/a/b/c.d", "/a/.b", "/a/..b", "/a/b..", "/a/...", "a", "a/b", ".a", "..a",
    ".", "..", "./a", "../a", "a/.", "a/..", "/a/./b", "/a/../b", "//a", "/a//b", "/a/", "a/", "a/b/",
    "/..", "/.", "x y/z", "/tmp/ccdk-asset/node_modules/@scope/pkg", "../../up/there", "/a/b/.."
};
static const char *names[] = {
    "f", "file.js", ".hidden", "..x", "x..", "...", ".", "..", "a/b", "/abs", "a/", "a//b", "./x",
    "../x", "node_modules", "é", "sp ace"
};

TEST(join_matches_node)
{
    size_t nd = sizeof dirs / sizeof *dirs, nn = sizeof names / sizeof *names;
    char in[] = "/tmp/ccdk-test-asset-paths-XXXXXX";
    int fd = mkstemp(in);
    CHECK(fd >= 0);
    if (fd < 0)
        return;
    FILE *f = fdopen(fd, "w");
    for (size_t i = 0; i < nd; i++)
        for (size_t j = 0; j < nn; j++)
            fprintf(f, "%s\t%s\n", dirs[i], names[j]);
    fclose(f);
    char cmd[1024];
    const char *node = getenv("CCDK_NODE");
    snprintf(cmd, sizeof cmd,
             "%s -e 'const p=require(\"path\");for(const l of require(\"fs\").readFileSync(process.argv[1],\"utf8\")"
             ".split(\"\\n\")){if(!l)continue;const [a,b]=l.split(\"\\t\");console.log(p.posix.join(a,b))}' %s",
             node ? node : "node", in);
    FILE *p = popen(cmd, "r");
    CHECK(p != NULL);
    if (!p) {
        unlink(in);
        return;
    }
    char line[4096];
    size_t k = 0, agree = 0;
    while (fgets(line, sizeof line, p)) {
        line[strcspn(line, "\n")] = 0;
        if (k >= nd * nn)
            break;
        const char *a = dirs[k / nn], *b = names[k % nn];
        char *got = ccdk__assets_path_join(a, b);
        if (strcmp(got, line) == 0)
            agree++;
        else
            CHECK_MSG(0, "path.join('%s', '%s'): node '%s', ccdk '%s'", a, b, line, got);
        free(got);
        k++;
    }
    CHECK(pclose(p) == 0);
    unlink(in);
    CHECK_INT_EQ(k, nd * nn);
    CHECK_INT_EQ(agree, nd * nn);
}

int main(void)
{
    RUN_ORACLE(join_matches_node);
    return TEST_DONE();
}
