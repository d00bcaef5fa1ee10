/* test_asset_paths.c - the asset walks' path.join (src/assets/path.c, ccdk__assets_path_join)
 * against node's own path.join, live: every pair of a set of directory forms (absolute, relative,
 * the root, ".", "..", doubled and trailing slashes) and entry names (plain, dotted, ".", "..",
 * with slashes) is joined by ccdk and by node, and the two must agree. The joins the walks make
 * (a normalized directory and a plain name) take a shortcut past the normalization; the others
 * do not: both kinds are here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/stat.h>
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

/* canonical_path (walk.c: open(O_PATH) and /proc/self/fd) names what realpath(3) names, with the
 * same errno when there is nothing, and its stat is stat(2)'s: links to directories and files, a
 * chain of links, "..", a name ending as the kernel marks a deleted file, and paths that fail */
TEST(canonical_path_is_realpath)
{
    char dir[] = "/tmp/ccdk-test-canonical-XXXXXX";
    if (!CHECK_RET(mkdtemp(dir) != NULL))
        return;
    char p[600], q[600];
    snprintf(p, sizeof p, "%s/real", dir);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/real/sub (deleted)", dir);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/real/f", dir);
    FILE *f = fopen(p, "w");
    if (f)
        fclose(f);
    snprintf(p, sizeof p, "%s/link", dir);
    CHECK(symlink("real", p) == 0);
    snprintf(p, sizeof p, "%s/link2", dir);
    snprintf(q, sizeof q, "%s/link", dir);
    CHECK(symlink(q, p) == 0);
    snprintf(p, sizeof p, "%s/dangling", dir);
    CHECK(symlink("nowhere", p) == 0);
    static const char *const rels[] = {
        "", "/real", "/link", "/link2", "/link/f", "/link2/f", "/link/../link", "/real/sub (deleted)",
        "/link/sub (deleted)/..", "/real/", "/real/.", "/missing", "/dangling", "/real/f/..", "/real/f/x",
        "/link/missing/..",
    };
    for (size_t i = 0; i < sizeof rels / sizeof *rels; i++) {
        snprintf(p, sizeof p, "%s%s", dir, rels[i]);
        errno = 0;
        char *want = realpath(p, NULL);
        int want_errno = errno;
        struct stat st, wst;
        int stated = -1;
        errno = 0;
        char *got = ccdk__assets_canonical_path(p, &st, &stated);
        int got_errno = errno;
        if (!want) {
            CHECK_MSG(!got, "%s: realpath fails (%d), canonical_path gives %s", p, want_errno, got ? got : "");
            CHECK_MSG(got_errno == want_errno, "%s: errno %d, realpath's %d", p, got_errno, want_errno);
        } else {
            CHECK_MSG(got && !strcmp(got, want), "%s: realpath %s, canonical_path %s", p, want, got ? got : "(null)");
            CHECK(stat(p, &wst) == 0);
            if (stated == 1)
                CHECK_MSG(st.st_ino == wst.st_ino && st.st_dev == wst.st_dev && st.st_mode == wst.st_mode, "%s: stat", p);
            else
                CHECK_MSG(stated == 0, "%s: stated %d", p, stated);
        }
        char *none = ccdk__assets_canonical_path(p, NULL, NULL); /* without a stat */
        CHECK(!none == !want && (!none || !strcmp(none, want)));
        free(none);
        free(want);
        free(got);
    }
    snprintf(p, sizeof p, "rm -rf '%s'", dir);
    CHECK(system(p) == 0);
}

int main(void)
{
    RUN(canonical_path_is_realpath);
    RUN_ORACLE(join_matches_node);
    return TEST_DONE();
}
