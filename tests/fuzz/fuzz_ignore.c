/* fuzz_ignore.c - libFuzzer target: the asset fingerprint's exclude patterns, in its three
 * dialects (minimatch GLOB, node-ignore GIT, @balena/dockerignore DOCKER).
 *
 * The first input byte picks the ignore mode (byte % 3) and the follow mode ((byte / 3) % 5);
 * the rest is NUL-separated exclude patterns. ccdk_fs_fingerprint runs twice over a small fixed
 * tree (made once per process: nested directories, dotfiles, odd names, internal and external
 * symlinks). Nothing is compared with aws-cdk-lib here (test_fingerprint does that); the target
 * requires no crash, leak or UB, and determinism: the same result, hash or error, both times. */
#include "fuzzlib.h"

static const char *tree(void)
{
    static char root[300];
    if (root[0])
        return root;
    snprintf(root, sizeof root, "%s/tree", fz_tmp());
    static const char *const dirs[] = {"dir/sub/deep", "node_modules/pkg", ".git", "a b", "x[1]", NULL};
    static const char *const files[] = {
        "a.txt", "b.js", ".hidden", ".gitignore", "dir/c.txt", "dir/sub/d.md", "dir/sub/deep/e.py",
        "node_modules/pkg/index.js", ".git/HEAD", "a b/space file", "x[1]/br{a,c}e*?.txt", "\xc3\xbcml.txt",
        "back\\slash", "!bang", "#hash", "Dockerfile", NULL,
    };
    char p[600];
    for (size_t i = 0; dirs[i]; i++) {
        snprintf(p, sizeof p, "%s/%s", root, dirs[i]);
        if (ccdk__mkdir_p(p) != 0)
            abort();
    }
    for (size_t i = 0; files[i]; i++) {
        snprintf(p, sizeof p, "%s/%s", root, files[i]);
        if (ccdk__write_file(p, files[i], strlen(files[i])) != 0)
            abort();
    }
    snprintf(p, sizeof p, "%s/outside.txt", fz_tmp());
    ccdk__write_file(p, "outside", 7);
    static const char *const links[][2] = {
        {"dir/c.txt", "link-int"}, {"../outside.txt", "link-ext"}, {"dir", "link-dir"},
        {"missing", "link-dangling"}, {"..", "link-up"}, {NULL, NULL},
    };
    for (size_t i = 0; links[i][0]; i++) {
        snprintf(p, sizeof p, "%s/%s", root, links[i][1]);
        if (symlink(links[i][0], p) != 0)
            abort();
    }
    return root;
}

/* A rough count of the patterns minimatch's brace expansion makes of p: the product of each brace
 * group's count ({a..b}: the range's length, {x,y}: its items). brace-expansion stops at 100,000,
 * and 100,000 patterns matched over the tree take minutes under the sanitizers (aws-cdk-lib's
 * minimatch is slow there too): the target is about crashes and determinism, not about that. */
static double brace_patterns(const char *p)
{
    double total = 1;
    for (const char *o = strchr(p, '{'); o; o = strchr(o + 1, '{')) {
        const char *c = strchr(o, '}');
        if (!c)
            break;
        const char *dots = strstr(o, "..");
        double k = 1;
        if (dots && dots < c) {
            char *end;
            double a = strtod(o + 1, &end), b = strtod(dots + 2, &end);
            k = (end == dots + 2 || a != a || b != b) ? 26 : (a > b ? a - b : b - a) + 1; /* letters: at most 26 */
        } else {
            for (const char *q = o + 1; q < c; q++)
                k += *q == ',';
        }
        total *= k;
    }
    return total;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const char *root = tree();
    fz_fields ff;
    fz_split(&ff, data + 1, size - 1);
    double patterns = 0;
    for (size_t i = 0; i < ff.n; i++)
        patterns += brace_patterns(ff.f[i]);
    if (patterns > 2000) {
        fz_fields_free(&ff);
        return 0;
    }
    const char *exclude[65];
    size_t n = 0;
    for (size_t i = 0; i < ff.n; i++)
        exclude[n++] = ff.f[i];
    exclude[n] = NULL;
    ccdk_asset_options o = {
        .exclude = CCDK_LIST_N(exclude, n),
        .ignore_mode = (ccdk_ignore_mode_t)(data[0] % 4),
        .follow = (ccdk_symlink_follow_mode)((data[0] / 3) % 5),
    };
    char h1[65] = "", h2[65] = "";
    char *e1 = NULL, *e2 = NULL;
    int r1 = ccdk_fs_fingerprint(root, &o, h1, &e1);
    int r2 = ccdk_fs_fingerprint(root, &o, h2, &e2);
    if (r1 != r2 || (r1 == 0 && strcmp(h1, h2)) || (r1 != 0 && (!e1 || !e2 || strcmp(e1, e2))))
        fz_fail("not deterministic: %d %s %s / %d %s %s", r1, h1, e1 ? e1 : "-", r2, h2, e2 ? e2 : "-");
    if (r1 == 0 && strlen(h1) != 64)
        fz_fail("hash '%s'", h1);
    free(e1);
    free(e2);
    fz_fields_free(&ff);
    return 0;
}
