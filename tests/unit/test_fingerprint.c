/*
 * Unit tests for src/assets/ (fingerprint.c, stage.c): every fingerprint / staged tree is
 * compared with what aws-cdk-lib computes for the same input, via
 * tests/unit/fingerprint_oracle.js (run from the repository root).
 *
 *   make unit T=fingerprint
 *
 * Environment: CCDK_FP_ORACLE overrides the oracle script path, CCDK_NODE the node binary.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "../../src/assets/fingerprint.h"
#include <ccdk/lambda.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static int g_pass, g_fail;
static char g_tmp[PATH_MAX];

static void ok(int cond, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (cond) {
        g_pass++;
        printf("ok - ");
    } else {
        g_fail++;
        printf("FAIL - ");
    }
    vprintf(fmt, ap);
    printf("\n");
    va_end(ap);
    fflush(stdout);
}

/* ---------------------------------------------------------------- helpers */

static char *sfmt(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0) abort();
    va_end(ap);
    return s;
}

static void die(const char *what)
{
    perror(what);
    exit(2);
}

static void mkdirs(const char *p)
{
    char buf[PATH_MAX];
    snprintf(buf, sizeof buf, "%s", p);
    for (char *q = buf + 1; *q; q++) {
        if (*q == '/') {
            *q = 0;
            mkdir(buf, 0755);
            *q = '/';
        }
    }
    if (mkdir(buf, 0755) < 0 && errno != EEXIST) die(buf);
}

static void write_file(const char *root, const char *rel, const void *data, size_t n, mode_t mode)
{
    char *p = sfmt("%s/%s", root, rel);
    char *slash = strrchr(p, '/');
    *slash = 0;
    mkdirs(p);
    *slash = '/';
    int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, mode);
    if (fd < 0) die(p);
    if (n && write(fd, data, n) != (ssize_t)n) die("write");
    close(fd);
    chmod(p, mode);
    free(p);
}

static void write_str(const char *root, const char *rel, const char *s)
{
    write_file(root, rel, s, strlen(s), 0644);
}

static void mklink(const char *root, const char *rel, const char *target)
{
    char *p = sfmt("%s/%s", root, rel);
    if (symlink(target, p) < 0) die(p);
    free(p);
}

/* JSON string literal (UTF-8 passes through) */
static void json_str(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(f, "\\%c", *p);
        else if (*p < 0x20)
            fprintf(f, "\\u%04x", *p);
        else
            fputc(*p, f);
    }
    fputc('"', f);
}

static const char *follow_str(ccdk_symlink_follow f)
{
    switch (f) {
    case CCDK_SYMLINK_NEVER: return "never";
    case CCDK_SYMLINK_ALWAYS: return "always";
    case CCDK_SYMLINK_EXTERNAL: return "external";
    default: return "internal-only";
    }
}

static const char *mode_str(ccdk_ignore_mode m)
{
    return m == CCDK_IGNORE_GIT ? "git" : m == CCDK_IGNORE_DOCKER ? "docker" : "glob";
}

/* ------------------------------------------------------------ the oracle */

typedef struct {
    char *name;
    char *path;
    const char *const *exclude;
    int has_follow;
    ccdk_symlink_follow follow;
    int has_mode;
    ccdk_ignore_mode mode;
    const char *extra;
    /* synth only */
    int synth;
    char *outdir;
    const char *asset_hash;
    const char *salt;
    /* results */
    char *oracle; /* oracle output line */
} spec;

static spec g_specs[512];
static int g_nspecs;

static spec *add_spec(const char *name, const char *path, const char *const *exclude, int has_follow,
                      ccdk_symlink_follow follow, int has_mode, ccdk_ignore_mode mode, const char *extra)
{
    if (g_nspecs == (int)(sizeof g_specs / sizeof g_specs[0])) {
        fprintf(stderr, "too many specs\n");
        exit(2);
    }
    spec *s = &g_specs[g_nspecs++];
    memset(s, 0, sizeof *s);
    s->name = strdup(name);
    s->path = strdup(path);
    s->exclude = exclude;
    s->has_follow = has_follow;
    s->follow = follow;
    s->has_mode = has_mode;
    s->mode = mode;
    s->extra = extra;
    return s;
}

static void write_spec_json(FILE *f, const spec *s)
{
    fprintf(f, "{\"op\":\"%s\",\"path\":", s->synth ? "synth" : "fingerprint");
    json_str(f, s->path);
    if (s->exclude) {
        fprintf(f, ",\"exclude\":[");
        for (int i = 0; s->exclude[i]; i++) {
            if (i) fputc(',', f);
            json_str(f, s->exclude[i]);
        }
        fputc(']', f);
    }
    if (s->has_follow) fprintf(f, ",\"follow\":\"%s\"", follow_str(s->follow));
    if (s->has_mode) fprintf(f, ",\"ignoreMode\":\"%s\"", mode_str(s->mode));
    if (s->extra) {
        fprintf(f, ",\"extraHash\":");
        json_str(f, s->extra);
    }
    if (s->synth) {
        fprintf(f, ",\"outdir\":");
        json_str(f, s->outdir);
        if (s->asset_hash) {
            fprintf(f, ",\"assetHash\":");
            json_str(f, s->asset_hash);
        }
        if (s->salt) {
            fprintf(f, ",\"context\":{\"@aws-cdk/core:assetHashSalt\":");
            json_str(f, s->salt);
            fputc('}', f);
        }
    }
    fputc('}', f);
}

/* Runs every pending spec through aws-cdk-lib in one node process. */
static int run_oracle(void)
{
    char *specfile = sfmt("%s/specs.json", g_tmp);
    FILE *f = fopen(specfile, "w");
    if (!f) die(specfile);
    fputc('[', f);
    for (int i = 0; i < g_nspecs; i++) {
        if (i) fputs(",\n", f);
        write_spec_json(f, &g_specs[i]);
    }
    fputs("]\n", f);
    fclose(f);
    const char *oracle = getenv("CCDK_FP_ORACLE");
    if (!oracle) oracle = "tests/unit/fingerprint_oracle.js";
    const char *node = getenv("CCDK_NODE");
    if (!node) node = "node";
    char *home = sfmt("%s/home", g_tmp);
    mkdirs(home);
    /* a scratch HOME: aws-cdk-lib caches fingerprints in ~/.cdk/cache */
    char *cmd = sfmt("HOME='%s' '%s' '%s' '@%s'", home, node, oracle, specfile);
    FILE *p = popen(cmd, "r");
    int n = 0;
    if (p) {
        char *line = NULL;
        size_t cap = 0;
        ssize_t len;
        while (n < g_nspecs && (len = getline(&line, &cap, p)) >= 0) {
            while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
            g_specs[n++].oracle = strdup(line);
        }
        free(line);
        pclose(p);
    }
    free(cmd);
    free(home);
    free(specfile);
    return n;
}

static ccdk__fingerprint_opts opts_of(const spec *s)
{
    ccdk__fingerprint_opts o;
    memset(&o, 0, sizeof o);
    o.exclude = s->exclude;
    o.follow = s->has_follow ? s->follow : CCDK_SYMLINK_EXTERNAL; /* aws-cdk-lib's default */
    o.ignore_mode = s->has_mode ? s->mode : CCDK_IGNORE_GLOB;
    o.extra_hash = s->extra;
    return o;
}

/* ------------------------------------------------------- tree comparison */

#define WHY(...)                    \
    do {                            \
        free(*why);                 \
        *why = sfmt(__VA_ARGS__);   \
    } while (0)

static int compare_trees(const char *a, const char *b, char **why)
{
    struct stat sa, sb;
    if (lstat(a, &sa) < 0) {
        WHY("missing %s", a);
        return 0;
    }
    if (lstat(b, &sb) < 0) {
        WHY("missing %s", b);
        return 0;
    }
    if ((sa.st_mode & S_IFMT) != (sb.st_mode & S_IFMT)) {
        WHY("type differs: %s", a);
        return 0;
    }
    if (S_ISLNK(sa.st_mode)) {
        char x[PATH_MAX + 1], y[PATH_MAX + 1];
        ssize_t nx = readlink(a, x, PATH_MAX), ny = readlink(b, y, PATH_MAX);
        if (nx < 0 || ny < 0) return 0;
        x[nx] = y[ny] = 0;
        if (strcmp(x, y)) {
            WHY("link text differs: %s -> '%s' vs '%s'", a, x, y);
            return 0;
        }
        return 1;
    }
    if (S_ISREG(sa.st_mode)) {
        if ((sa.st_mode & 07777) != (sb.st_mode & 07777)) {
            WHY("mode differs: %s %o vs %o", a, sa.st_mode & 07777, sb.st_mode & 07777);
            return 0;
        }
        if (sa.st_size != sb.st_size) {
            WHY("size differs: %s", a);
            return 0;
        }
        FILE *fa = fopen(a, "rb"), *fb = fopen(b, "rb");
        int same = fa && fb;
        char ba[65536], bb[65536];
        while (same) {
            size_t ra = fread(ba, 1, sizeof ba, fa), rb = fread(bb, 1, sizeof bb, fb);
            if (ra != rb || memcmp(ba, bb, ra)) same = 0;
            if (ra == 0) break;
        }
        if (fa) fclose(fa);
        if (fb) fclose(fb);
        if (!same) WHY("content differs: %s", a);
        return same;
    }
    if (!S_ISDIR(sa.st_mode)) return 1;
    /* same entry names */
    struct dirent **la = NULL, **lb = NULL;
    int na = scandir(a, &la, NULL, alphasort), nb = scandir(b, &lb, NULL, alphasort);
    int same = na == nb;
    if (!same) WHY("entry count differs in %s (%d vs %d)", a, na, nb);
    for (int i = 0; same && i < na; i++) {
        if (strcmp(la[i]->d_name, lb[i]->d_name)) {
            WHY("entries differ in %s: %s vs %s", a, la[i]->d_name, lb[i]->d_name);
            same = 0;
            break;
        }
        if (!strcmp(la[i]->d_name, ".") || !strcmp(la[i]->d_name, "..")) continue;
        char *ca = sfmt("%s/%s", a, la[i]->d_name), *cb = sfmt("%s/%s", b, lb[i]->d_name);
        same = compare_trees(ca, cb, why);
        free(ca);
        free(cb);
    }
    for (int i = 0; i < na; i++) free(la[i]);
    for (int i = 0; i < nb; i++) free(lb[i]);
    free(la);
    free(lb);
    return same;
}

static int count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) n++;
    closedir(d);
    return n;
}

/* -------------------------------------------------------------- fixtures */

static char *T;       /* temp root */
static char *SRC;     /* main fixture tree */
static char *OUTSIDE; /* symlink targets outside SRC */

static void build_fixtures(void)
{
    SRC = sfmt("%s/src", T);
    OUTSIDE = sfmt("%s/outside", T);
    mkdirs(SRC);
    mkdirs(OUTSIDE);

    write_str(SRC, "a.txt", "hello\n");
    write_str(SRC, "crlf.txt", "line1\r\nline2\r\nno newline at end");
    write_str(SRC, "lf.txt", "line1\nline2\nno newline at end");
    write_str(SRC, "lone-cr.txt", "a\rb\r\r\nc\r");
    write_file(SRC, "empty.txt", "", 0, 0644);
    write_str(SRC, ".hidden", "secret");
    write_str(SRC, "a-b", "dash");
    write_str(SRC, "B.txt", "upper");
    write_str(SRC, "a.TXT", "upper ext");
    write_str(SRC, "sp ace.txt", "space");
    write_str(SRC, "[br].txt", "brackets");
    write_str(SRC, "{a,b}.txt", "braces");
    write_str(SRC, "#hash.txt", "hash");
    write_str(SRC, "!bang.txt", "bang");
    write_str(SRC, "back\\slash.txt", "backslash in a file name");
    write_str(SRC, "unicode-\xc3\xa9.txt", "e acute");
    write_str(SRC, "\xe6\x97\xa5\xe6\x9c\xac.txt", "nihon");
    write_str(SRC, "\xf0\x9f\x98\x80.txt", "emoji (sorts before U+E000 in UTF-16)");
    write_str(SRC, "\xee\x80\x80.txt", "private use U+E000");
    write_str(SRC, "constructor", "Object.prototype member name");
    write_file(SRC, "exec.sh", "#!/bin/sh\necho hi\n", 18, 0755);

    /* invalid UTF-8 and a multi-byte character straddling the 8 KiB chunk boundary */
    {
        size_t n = 20000;
        char *b = malloc(n);
        if (!b) die("malloc");
        for (size_t i = 0; i < n; i++) b[i] = (char)('a' + i % 26);
        memcpy(b + 100, "\xff\xfe\xc0\xaf", 4);          /* invalid bytes */
        memcpy(b + 8190, "\xe2\x82\xac", 3);            /* euro sign over 8192 */
        memcpy(b + 16382, "\xf0\x9f\x98\x80", 4);      /* emoji over 16384 */
        memcpy(b + 12000, "\xe2\x82", 2);               /* truncated sequence */
        memcpy(b + 13000, "\r\n\r\n", 4);
        write_file(SRC, "utf8/straddle.txt", b, n, 0644);
        /* CR as the last byte of the first chunk, LF first of the second */
        memset(b, 'x', n);
        b[8191] = '\r';
        b[8192] = '\n';
        write_file(SRC, "utf8/cr-boundary.txt", b, n, 0644);
        /* text first chunk, NUL only in the second: stays text */
        memset(b, 'y', n);
        b[9000] = 0;
        memcpy(b + 10000, "\r\n", 2);
        write_file(SRC, "utf8/late-nul.txt", b, n, 0644);
        /* first chunk ends in CR (held back), NUL in the second chunk: the held-back text is hashed last */
        memset(b, 'z', n);
        b[8191] = '\r';
        b[8500] = 0;
        memcpy(b + 100, "\r\n", 2);
        write_file(SRC, "utf8/held-back.bin", b, n, 0644);
        /* a file made only of CRs */
        memset(b, '\r', n);
        write_file(SRC, "utf8/all-cr.txt", b, n, 0644);
        free(b);
    }
    /* binary files */
    {
        unsigned char bin[300];
        for (int i = 0; i < 300; i++) bin[i] = (unsigned char)(i * 7);
        bin[0] = 0;
        bin[10] = '\r';
        bin[11] = '\n';
        write_file(SRC, "binary.bin", bin, sizeof bin, 0644);
        size_t n = (1u << 20) + 12345;
        unsigned char *big = malloc(n);
        if (!big) die("malloc");
        unsigned x = 12345;
        for (size_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            big[i] = (unsigned char)(x >> 16);
        }
        big[5] = 0;
        write_file(SRC, "big.bin", big, n, 0600);
        free(big);
    }
    /* a .zip archive */
    {
        static const unsigned char zip[] = "PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
        write_file(SRC, "archive.zip", zip, 22, 0644);
        write_file(T, "single/UPPER.ZIP", zip, 22, 0644);
        write_file(T, "single/bundle.zip", zip, 22, 0644);
        write_file(T, "single/bundle.Tar.Gz", "\x1f\x8b\x08\0\0\0\0\0", 8, 0640);
    }
    /* nested folders */
    write_str(SRC, "lib/util.py", "def f():\r\n    return 1\r\n");
    write_str(SRC, "lib/README.md", "# readme\n");
    write_str(SRC, "lib/Notes.MD", "# notes\n");
    write_str(SRC, "lib/deep/deeper/file.js", "module.exports = 1;\n");
    write_str(SRC, "lib/deep/keep.js", "keep\n");
    write_str(SRC, "lib/deep/other.txt", "other\n");
    write_str(SRC, "node_modules/x/index.js", "x\n");
    write_str(SRC, "node_modules/x/package.json", "{}\n");
    write_str(SRC, "a/inner.txt", "dir named a, sorts before a-b and a.txt\n");
    char *ed = sfmt("%s/empty-dir", SRC);
    mkdirs(ed);
    free(ed);

    /* outside targets */
    write_str(OUTSIDE, "ext.txt", "external file\r\n");
    write_str(OUTSIDE, "dir/inner.txt", "external dir content\n");
    write_str(OUTSIDE, "dir/sub/x.js", "x\n");

    /* symlinks */
    mklink(SRC, "link-rel", "a.txt");
    char *abs_target = sfmt("%s/lib/util.py", SRC);
    mklink(SRC, "link-abs", abs_target);
    free(abs_target);
    mklink(SRC, "link-dir", "lib/deep");
    char *ext = sfmt("%s/ext.txt", OUTSIDE);
    mklink(SRC, "link-ext", ext);
    free(ext);
    mklink(SRC, "link-ext-rel", "../outside/dir");
    mklink(SRC, "link-dangling", "does-not-exist");
    mklink(SRC, "link-dangling-ext", "/nonexistent/ccdk/zzz");
    mklink(SRC, "lib/loop", "..");         /* a cycle back to the root */
    mklink(SRC, "lib/up-file", "../a.txt"); /* internal, relative, from a subfolder */
}

/* ----------------------------------------------------------------- tests */

#define EX(...) ((const char *const[]){__VA_ARGS__, NULL})

typedef struct {
    const char *path;
    ccdk__fingerprint_opts o;
    char out[65];
    int rc;
} thr_arg;

static void *thr_main(void *p)
{
    thr_arg *a = p;
    char *err = NULL;
    a->rc = ccdk__fingerprint(a->path, &a->o, a->out, &err);
    free(err);
    return NULL;
}

int main(void)
{
    /* every check here compares with aws-cdk-lib: skipped without it (make unit on a bare
     * checkout), a failure when CCDK_REQUIRE_ORACLE=1 (make test); see testlib.h */
    {
        const char *node = getenv("CCDK_NODE");
        char cmd[512];
        snprintf(cmd, sizeof cmd, "%s -e 'require(\"./node_modules/aws-cdk-lib\")' >/dev/null 2>&1", node ? node : "node");
        if (system(cmd) != 0) {
            const char *req = getenv("CCDK_REQUIRE_ORACLE");
            int required = req && *req && strcmp(req, "0");
            fprintf(stderr, "%s test_fingerprint: needs node and aws-cdk-lib in ./node_modules\n", required ? "FAIL" : "skipped");
            printf(required ? "0 passed, 1 failed\n" : "0 passed, 0 failed, 1 skipped\n");
            return required;
        }
    }
    const char *tmpbase = getenv("TMPDIR");
    snprintf(g_tmp, sizeof g_tmp, "%s/ccdk-fp-XXXXXX", tmpbase ? tmpbase : "/tmp");
    if (!mkdtemp(g_tmp)) die("mkdtemp");
    T = realpath(g_tmp, NULL);
    build_fixtures();

    static const ccdk_symlink_follow FOLLOWS[] = { CCDK_SYMLINK_NEVER, CCDK_SYMLINK_ALWAYS, CCDK_SYMLINK_EXTERNAL,
                                                   CCDK_SYMLINK_BLOCK_EXTERNAL };

    /* 1. default options and every follow mode */
    int idx_default = g_nspecs;
    add_spec("default options (follow unset -> external)", SRC, NULL, 0, 0, 0, 0, NULL);
    int idx_follow = g_nspecs;
    for (int i = 0; i < 4; i++) {
        char *n = sfmt("follow=%s", follow_str(FOLLOWS[i]));
        add_spec(n, SRC, NULL, 1, FOLLOWS[i], 0, 0, NULL);
        free(n);
    }
    add_spec("extraHash", SRC, NULL, 0, 0, 0, 0, "some-salt");
    add_spec("extraHash with non-ASCII", SRC, NULL, 0, 0, 0, 0, "s\xc3\xa9l");

    /* 2. GLOB excludes (minimatch, matchBase) */
    const char *const *globs[] = {
        EX("*.bin"),
        EX("lib"),
        EX("**/*.js", "!lib/deep/**"),
        EX("*.txt", "!a.txt"),
        EX("node_modules"),
        EX(".hidden"),
        EX("{a,b}.txt"),
        EX("\\[br\\].txt", "[[]br].txt"),
        EX("lib/**/*.py"),
        EX("*", "!lib", "!lib/**"),
        EX("*.md"),
        EX("#hash.txt"),
        EX("!*.txt"),
        EX("*.{txt,TXT}", "!+(a|B).*"),
        EX("link-*"),
        EX("**/deep"),
        EX("?-?"),
        EX("*.bin", "utf8"),
        EX("[a-c]*", "!a.txt"),
        EX("lib/*"),
        EX("*/", "a*"),
        EX("@(crlf|lf).txt", "!(*.*)"),
        EX("[[:upper:]]*", "*[[:digit:]]*"),
        EX("back\\\\slash.txt"),
        EX("lib/loop/**"),
        EX("\xf0\x9f\x98\x80*", "*\xc3\xa9*"),
        EX(""),
    };
    int first_glob = g_nspecs;
    for (size_t i = 0; i < sizeof globs / sizeof globs[0]; i++) {
        char *n = sfmt("glob exclude #%zu (%s%s)", i, globs[i][0], globs[i][1] ? ", ..." : "");
        add_spec(n, SRC, globs[i], 0, 0, 0, 0, NULL);
        free(n);
    }
    add_spec("glob exclude with follow=always", SRC, EX("loop", "*.py"), 1, CCDK_SYMLINK_ALWAYS, 0, 0, NULL);
    add_spec("glob exclude with follow=never", SRC, EX("link-rel", "*.md"), 1, CCDK_SYMLINK_NEVER, 0, 0, NULL);
    add_spec("glob exclude, explicit mode", SRC, EX("*.bin"), 0, 0, 1, CCDK_IGNORE_GLOB, NULL);

    /* 3. GIT excludes (node-ignore, case-insensitive) */
    const char *const *gits[] = {
        EX("*.bin"),
        EX("lib/"),
        EX("/lib", "!lib/util.py"),
        EX("*.txt", "!a.txt"),
        EX("**/deep"),
        EX("*.MD"),
        EX("node_modules/"),
        EX("\\#hash.txt", "\\!bang.txt"),
        EX("lib/*", "!lib/deep"),
        EX("utf8/**", "!utf8/all-cr.txt"),
        EX("a"),
        EX("/a*"),
        EX("*", "!*/", "!*.py"),
        EX("link-*", "!link-dir"),
        EX("[a-b]*.txt ", "deep/"),
        EX("#comment", "", "   "),
        EX("lib/**/file.js"),
        EX("*.txt\\ "),
    };
    for (size_t i = 0; i < sizeof gits / sizeof gits[0]; i++) {
        char *n = sfmt("git exclude #%zu (%s%s)", i, gits[i][0], gits[i][1] ? ", ..." : "");
        add_spec(n, SRC, gits[i], 0, 0, 1, CCDK_IGNORE_GIT, NULL);
        free(n);
    }
    add_spec("git exclude with follow=always", SRC, EX("loop/", "*.js"), 1, CCDK_SYMLINK_ALWAYS, 1, CCDK_IGNORE_GIT,
             NULL);

    /* 4. DOCKER excludes (@balena/dockerignore, case-insensitive) */
    const char *const *dockers[] = {
        EX("*.bin"),
        EX("lib"),
        EX("lib", "!lib/util.py"),
        EX("**/*.js"),
        EX("*.txt", "!a.txt"),
        EX("*"),
        EX("*", "!lib/deep/deeper/file.js"),
        EX("*.MD", "lib/*.md"),
        EX("./utf8/../lib/deep", "/node_modules"),
        EX("**"),
        EX("lib/**", "!lib/deep"),
        EX("  *.txt  ", "!  a.txt"),
        EX("a?b", "[a-c].txt"),
        EX("link*"),
    };
    for (size_t i = 0; i < sizeof dockers / sizeof dockers[0]; i++) {
        char *n = sfmt("docker exclude #%zu (%s%s)", i, dockers[i][0], dockers[i][1] ? ", ..." : "");
        add_spec(n, SRC, dockers[i], 0, 0, 1, CCDK_IGNORE_DOCKER, NULL);
        free(n);
    }
    add_spec("docker exclude with follow=always", SRC, EX("lib/loop", "**/*.txt"), 1, CCDK_SYMLINK_ALWAYS, 1,
             CCDK_IGNORE_DOCKER, NULL);

    /* 5. single files, and paths given through symlinks */
    char *zip = sfmt("%s/archive.zip", SRC);
    add_spec("single .zip file", zip, NULL, 0, 0, 0, 0, NULL);
    add_spec("single .zip file, excludes do not apply", zip, EX("*.zip"), 0, 0, 0, 0, NULL);
    add_spec("single .zip file, follow=never", zip, NULL, 1, CCDK_SYMLINK_NEVER, 0, 0, NULL);
    char *crlf = sfmt("%s/crlf.txt", SRC), *lf = sfmt("%s/lf.txt", SRC);
    add_spec("single CRLF text file", crlf, NULL, 0, 0, 0, 0, NULL);
    add_spec("single LF text file", lf, NULL, 0, 0, 0, 0, NULL);
    char *viafile = sfmt("%s/link-rel", SRC);
    add_spec("single file through a symlink", viafile, NULL, 0, 0, 0, 0, NULL);
    char *viadir = sfmt("%s/link-dir", SRC);
    add_spec("directory through a symlink", viadir, NULL, 0, 0, 0, 0, NULL);
    char *empty = sfmt("%s/empty-dir", SRC);
    add_spec("empty directory", empty, NULL, 0, 0, 0, 0, NULL);
    char *outdir_fp = sfmt("%s/dir", OUTSIDE);
    add_spec("other directory", outdir_fp, EX("sub"), 0, 0, 0, 0, NULL);
    char *each[32];
    int neach = 0;
    const char *each_rel[] = { "utf8/straddle.txt", "utf8/cr-boundary.txt", "utf8/late-nul.txt", "utf8/held-back.bin",
                               "utf8/all-cr.txt", "binary.bin", "big.bin", "empty.txt", "lone-cr.txt", "back\\slash.txt" };
    for (size_t i = 0; i < sizeof each_rel / sizeof each_rel[0]; i++) {
        each[neach] = sfmt("%s/%s", SRC, each_rel[i]);
        char *n = sfmt("single file %s", each_rel[i]);
        add_spec(n, each[neach], NULL, 0, 0, 0, 0, NULL);
        free(n);
        neach++;
    }

    /* 6. errors: both must fail */
    char *missing = sfmt("%s/does-not-exist", T);
    int err_first = g_nspecs;
    add_spec("error: missing path", missing, NULL, 0, 0, 0, 0, NULL);
    add_spec("error: invalid docker pattern", SRC, EX("lib(", "x"), 0, 0, 1, CCDK_IGNORE_DOCKER, NULL);
    char *dots = sfmt("%s/dots", T);
    write_str(dots, ".../x.txt", "three dots");
    add_spec("error: git mode and a top-level '...' entry", dots, EX("*.md"), 0, 0, 1, CCDK_IGNORE_GIT, NULL);
    int err_last = g_nspecs;
    add_spec("no error: docker pattern never used on an empty dir", empty, EX("lib("), 0, 0, 1, CCDK_IGNORE_DOCKER,
             NULL);
    add_spec("glob mode and '...' is fine", dots, EX("*.md"), 0, 0, 0, 0, NULL);

    /* 7. staging: real synths of lambda.Function + Code.fromAsset */
    char *custom_dir = sfmt("%s/custom", T);
    write_str(custom_dir, "index.js", "exports.handler = 1;\n");
    write_str(custom_dir, ".is_custom_resource", "marker");
    write_str(custom_dir, "sub/.is_custom_resource", "nested marker");
    char *dotted = sfmt("%s/lib.v2", T);
    write_str(dotted, "index.js", "exports.handler = 2;\n");
    char *blocked = sfmt("%s/blocked", T);
    write_str(blocked, "index.js", "x\n");
    char *ext2 = sfmt("%s/ext.txt", OUTSIDE);
    mklink(blocked, "ext", ext2);
    struct {
        const char *name;
        const char *path;
        const char *const *exclude;
        int has_follow;
        ccdk_symlink_follow follow;
        int has_mode;
        ccdk_ignore_mode mode;
        const char *extra, *asset_hash, *salt;
        int expect_error;
    } synths[] = {
        { "synth: directory, default options", SRC, NULL, 0, 0, 0, 0, NULL, NULL, NULL, 0 },
        { "synth: glob excludes with negation", SRC, EX("*.bin", "utf8", "lib/*", "!lib/deep"), 0, 0, 0, 0, NULL, NULL, NULL, 0 },
        { "synth: follow=always, git excludes", SRC, EX("loop/", "*.zip"), 1, CCDK_SYMLINK_ALWAYS, 1, CCDK_IGNORE_GIT, NULL, NULL, NULL, 0 },
        { "synth: follow=never, docker excludes", SRC, EX("lib", "!lib/deep"), 1, CCDK_SYMLINK_NEVER, 1, CCDK_IGNORE_DOCKER, NULL, NULL, NULL, 0 },
        { "synth: follow=internal-only, no external links left", SRC, EX("link-ext*", "link-dangling-ext"), 1, CCDK_SYMLINK_BLOCK_EXTERNAL, 0, 0, NULL, NULL, NULL, 0 },
        { "synth: .is_custom_resource is always excluded", custom_dir, NULL, 0, 0, 0, 0, NULL, NULL, NULL, 0 },
        { "synth: extraHash + asset hash salt", custom_dir, NULL, 0, 0, 0, 0, "extra", NULL, "salty", 0 },
        { "synth: custom assetHash", custom_dir, NULL, 0, 0, 0, 0, NULL, "my-custom-hash", NULL, 0 },
        { "synth: directory with a dot in its name", dotted, NULL, 0, 0, 0, 0, NULL, NULL, NULL, 0 },
        { "synth: single .zip file", zip, NULL, 0, 0, 0, 0, NULL, NULL, NULL, 0 },
        { "synth: single .ZIP file (extension lower-cased)", NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL, 0 },
        { "synth: single .Tar.Gz file (archive extension, lower-cased)", NULL, NULL, 0, 0, 0, 0, NULL, NULL, NULL, 0 },
        { "synth: external symlink with follow=internal-only", blocked, NULL, 1, CCDK_SYMLINK_BLOCK_EXTERNAL, 0, 0, NULL, NULL, NULL, 1 },
    };
    char *upper_zip = sfmt("%s/single/UPPER.ZIP", T);
    synths[10].path = upper_zip;
    char *targz = sfmt("%s/single/bundle.Tar.Gz", T);
    synths[11].path = targz;
    size_t nsynth = sizeof synths / sizeof synths[0];
    int synth_first = g_nspecs;
    for (size_t i = 0; i < nsynth; i++) {
        spec *s = add_spec(synths[i].name, synths[i].path, synths[i].exclude, synths[i].has_follow, synths[i].follow,
                           synths[i].has_mode, synths[i].mode, synths[i].extra);
        s->synth = 1;
        s->outdir = sfmt("%s/cdk.out.%zu", T, i);
        s->asset_hash = synths[i].asset_hash;
        s->salt = synths[i].salt;
    }

    /* ---- run aws-cdk-lib ---- */
    int got = run_oracle();
    ok(got == g_nspecs, "oracle answered every spec (%d of %d)", got, g_nspecs);

    /* ---- fingerprint comparisons ---- */
    char results[512][65];
    for (int i = 0; i < synth_first; i++) {
        spec *s = &g_specs[i];
        ccdk__fingerprint_opts o = opts_of(s);
        char *err = NULL;
        int rc = ccdk__fingerprint(s->path, &o, results[i], &err);
        const char *want = s->oracle ? s->oracle : "(no answer)";
        if (i >= err_first && i < err_last) {
            ok(rc != 0 && !strncmp(want, "ERROR", 5), "%s: C %s / aws-cdk-lib %s", s->name, rc ? err : results[i], want);
        } else if (rc != 0) {
            ok(0, "%s: C failed: %s (aws-cdk-lib: %s)", s->name, err, want);
        } else {
            ok(strcmp(results[i], want) == 0, "%s: %s%s%s", s->name, results[i],
               strcmp(results[i], want) ? " != aws-cdk-lib " : "", strcmp(results[i], want) ? want : "");
            /* the public FileSystem.fingerprint: the same options through ccdk_asset_options */
            size_t nex = 0;
            while (s->exclude && s->exclude[nex])
                nex++;
            ccdk_asset_options ao = {.extra_hash = s->extra};
            if (s->exclude)
                ao.exclude = (ccdk_strs)CCDK_LIST_N(s->exclude, nex);
            if (s->has_follow)
                ao.follow = s->follow == CCDK_SYMLINK_NEVER    ? CCDK_FOLLOW_NEVER
                            : s->follow == CCDK_SYMLINK_ALWAYS ? CCDK_FOLLOW_ALWAYS
                            : s->follow == CCDK_SYMLINK_EXTERNAL ? CCDK_FOLLOW_EXTERNAL
                                                                 : CCDK_FOLLOW_BLOCK_EXTERNAL;
            if (s->has_mode)
                ao.ignore_mode = s->mode == CCDK_IGNORE_GIT ? CCDK_IGNORE_MODE_GIT
                                 : s->mode == CCDK_IGNORE_DOCKER ? CCDK_IGNORE_MODE_DOCKER
                                                                 : CCDK_IGNORE_MODE_GLOB;
            char pub[65];
            char *perr = NULL;
            int prc = ccdk_fs_fingerprint(s->path, &ao, pub, &perr);
            ok(prc == 0 && !strcmp(pub, want), "%s: ccdk_fs_fingerprint %s", s->name, prc ? perr : pub);
            free(perr);
        }
        free(err);
    }

    /* ---- the options really change something (guards against vacuous comparisons) ---- */
    {
        int distinct = 1;
        for (int i = 0; i < 4; i++)
            for (int j = i + 1; j < 4; j++)
                if (!strcmp(results[idx_follow + i], results[idx_follow + j])) distinct = 0;
        ok(distinct, "the four follow modes give four different fingerprints");
        ok(!strcmp(results[idx_default], results[idx_follow + 2]), "unset follow == follow=external");
        /* #11 is a comment, #12 only negates, #24 targets an unfollowed link's contents, #26 is empty */
        int ok_all = 1;
        for (size_t i = 0; i < sizeof globs / sizeof globs[0]; i++) {
            int changed = strcmp(results[first_glob + (int)i], results[idx_default]) != 0;
            int expect_same = i == 11 || i == 12 || i == 24 || i == 26;
            if (changed == expect_same) {
                ok_all = 0;
                printf("#   glob exclude #%zu %s the fingerprint\n", i, changed ? "changed" : "did not change");
            }
        }
        ok(ok_all, "exactly the glob excludes that match something change the fingerprint");
    }
    /* single CRLF file == single LF file (CRLF is normalised) */
    for (int i = 0; i < synth_first; i++) {
        if (!strcmp(g_specs[i].name, "single CRLF text file")) {
            ok(!strcmp(results[i], results[i + 1]), "CRLF and LF versions of a text file fingerprint the same");
            break;
        }
    }

    /* ---- concurrency: the same tree hashed from four threads at once ---- */
    {
        thr_arg a[4];
        pthread_t th[4];
        static const char *const md_only[] = { "*.md", NULL };
        for (int i = 0; i < 4; i++) {
            a[i].path = SRC;
            memset(&a[i].o, 0, sizeof a[i].o);
            a[i].o.follow = FOLLOWS[i];
            a[i].o.exclude = i == 3 ? md_only : NULL;
            a[i].o.ignore_mode = i == 3 ? CCDK_IGNORE_GIT : CCDK_IGNORE_GLOB;
            pthread_create(&th[i], NULL, thr_main, &a[i]);
        }
        int same = 1;
        for (int i = 0; i < 4; i++) {
            pthread_join(th[i], NULL);
            char want[65], *err = NULL;
            ccdk__fingerprint(SRC, &a[i].o, want, &err);
            free(err);
            if (a[i].rc || strcmp(a[i].out, want)) same = 0;
        }
        ok(same, "concurrent fingerprints from four threads agree with sequential ones");
    }

    /* ---- staging ---- */
    for (size_t i = 0; i < nsynth; i++) {
        spec *s = &g_specs[synth_first + (int)i];
        const char *want = s->oracle ? s->oracle : "(no answer)";
        ccdk__fingerprint_opts o = opts_of(s);
        /* what AssetStaging does to the options */
        const char *ex[64];
        int ne = 0;
        ex[ne++] = ".is_custom_resource";
        for (int k = 0; s->exclude && s->exclude[k]; k++) ex[ne++] = s->exclude[k];
        ex[ne] = NULL;
        o.exclude = ex;
        char *extra = NULL;
        if (s->extra || s->salt) extra = sfmt("%s%s", s->extra ? s->extra : "", s->salt ? s->salt : "");
        o.extra_hash = extra;

        char hash[65], *err = NULL;
        int rc;
        if (s->asset_hash) {
            ccdk__fingerprint_custom_hash(s->asset_hash, hash);
            rc = 0;
        } else {
            rc = ccdk__fingerprint(s->path, &o, hash, &err);
        }
        size_t extn;
        const char *ext = ccdk__asset_ext(s->path, &extn);
        char *name = sfmt("asset.%s%.*s", hash, (int)extn, ext);
        char *cdest = sfmt("%s/c-out.%zu", T, i);
        mkdirs(cdest);
        char *dest = sfmt("%s/%s", cdest, name);
        char *serr = NULL;
        int src = rc == 0 ? ccdk__stage_copy(s->path, dest, &o, &serr) : -1;
        if (synths[i].expect_error) {
            ok(!strncmp(want, "ERROR", 5) && src != 0, "%s: both fail (C: %s; aws-cdk-lib: %s)", s->name,
               serr ? serr : err ? err : "no error", want);
            if (o.follow == CCDK_SYMLINK_BLOCK_EXTERNAL && serr) {
                /* the constructor's check is the same walk, with the same message; a directory whose
                 * opts say it was checked is not walked first, and its copy still fails at the link */
                char *verr = NULL, *cerr = NULL;
                int vrc = ccdk__validate_internal_symlinks(s->path, &o, &verr);
                ccdk__fingerprint_opts checked = o;
                checked.symlinks_checked = 1;
                char *cdest2 = sfmt("%s/c-out.%zu/checked", T, i);
                int crc = ccdk__stage_copy(s->path, cdest2, &checked, &cerr);
                ok(vrc != 0 && verr && !strcmp(verr, serr), "%s: ccdk__validate_internal_symlinks: %s", s->name,
                   verr ? verr : "no error");
                ok(crc != 0 && cerr && !strcmp(cerr, serr), "%s: copy without the walk first: %s", s->name,
                   cerr ? cerr : "no error");
                free(verr);
                free(cerr);
                free(cdest2);
            }
        } else {
            struct stat st;
            stat(s->path, &st);
            char *expect = sfmt("%s %s %s", hash, name, S_ISDIR(st.st_mode) ? "zip" : "file");
            ok(rc == 0 && !strcmp(expect, want), "%s: hash/name/packaging '%s' vs aws-cdk-lib '%s'%s%s", s->name,
               expect, want, err ? " error: " : "", err ? err : "");
            char *theirs = sfmt("%s/%s", s->outdir, name);
            char *why = NULL;
            int same = src == 0 && compare_trees(dest, theirs, &why);
            ok(same, "%s: staged copy identical to aws-cdk-lib's %s %s%s", s->name, name, serr ? serr : "",
               why ? why : "");
            free(why);
            free(theirs);
            free(expect);
            /* staging again into an existing target is a no-op */
            if (i == 0) {
                int before = count_entries(dest);
                char *e2 = NULL;
                int rc2 = ccdk__stage_copy(s->path, dest, &o, &e2);
                ok(rc2 == 0 && count_entries(dest) == before, "staging into an existing target leaves it alone");
                free(e2);
            }
        }
        /* the raw fingerprint differs from the asset hash only through .is_custom_resource/extra/custom */
        if (i == 5) {
            char raw[65], *e3 = NULL;
            ccdk__fingerprint_opts r = opts_of(s);
            ccdk__fingerprint(s->path, &r, raw, &e3);
            free(e3);
            ok(strcmp(raw, hash) != 0, "with a .is_custom_resource file the asset hash differs from the raw fingerprint");
        }
        free(serr);
        free(err);
        free(extra);
        free(name);
        free(cdest);
        free(dest);
    }

    /* ---- a copy of 300 directories, files of odd modes, a file that
     * an exception keeps in an excluded directory (Docker rules: the directory is walked, not made
     * by the walk: copy_file makes it), and a followed link to a file outside ---- */
    {
        char *many = sfmt("%s/many-dirs", T);
        for (int d = 0; d < 300; d++) {
            char *rel = sfmt("d%03d/f.txt", d);
            write_str(many, rel, rel);
            free(rel);
            if (d % 50 == 0) {
                rel = sfmt("d%03d/sub/x%d.bin", d, d);
                unsigned char bin[300];
                for (size_t k = 0; k < sizeof bin; k++) bin[k] = (unsigned char)(k * 7 + (size_t)d);
                write_file(many, rel, bin, sizeof bin, d % 100 ? 0755 : 0600);
                free(rel);
            }
        }
        write_str(many, "skip/keep.txt", "kept by an exception");
        write_str(many, "skip/drop.txt", "excluded");
        write_str(OUTSIDE, "many-target.txt", "outside, followed");
        char *target = sfmt("%s/many-target.txt", OUTSIDE);
        mklink(many, "d001/link.txt", target);
        static const char *const ex[] = {"skip", "!skip/keep.txt", NULL};
        ccdk__fingerprint_opts o = {.follow = CCDK_SYMLINK_ALWAYS, .ignore_mode = CCDK_IGNORE_DOCKER, .exclude = ex};
        char *dest = sfmt("%s/many-dirs-out", T), *err = NULL;
        int rc = ccdk__stage_copy(many, dest, &o, &err);
        char *why = NULL;
        /* what the copy must hold: the source less the excluded file, the link as its target's file */
        char *want = sfmt("%s/many-dirs-want", T);
        char *cmd = sfmt("cp -a '%s' '%s' && rm '%s/skip/drop.txt' '%s/d001/link.txt' && cp -p '%s' '%s/d001/link.txt'", many,
                         want, want, want, target, want);
        int prep = system(cmd);
        int same = rc == 0 && prep == 0 && compare_trees(dest, want, &why);
        ok(same, "a copy of 300 directories: every file, mode and the kept exception %s%s", err ? err : "",
           why ? why : "");
        free(why);
        free(err);
        free(cmd);
        free(want);
        free(dest);
        free(target);
        free(many);
    }

    /* the extension helper */
    {
        size_t n;
        const char *e = ccdk__asset_ext("/x/archive.tar.GZ", &n);
        int a1 = n == 7 && !strncmp(e, ".tar.gz", n);
        e = ccdk__asset_ext("/x/.env", &n);
        int a2 = n == 0;
        e = ccdk__asset_ext("/x/a.b.c/", &n);
        int a3 = n == 2 && !strncmp(e, ".c", n);
        /* an extension of any length, whole (fixed buffers once cut it at 64 bytes) */
        char longp[300];
        memset(longp, 'x', sizeof longp);
        memcpy(longp, "/x/a.", 5);
        longp[sizeof longp - 1] = 0;
        e = ccdk__asset_ext(longp, &n);
        int a4 = n == sizeof longp - 5 && e == longp + 4;
        ok(a1 && a2 && a3 && a4, "asset extension: archives lower-cased, path.extname otherwise, any length");
    }

    /* cleanup */
    char *rm = sfmt("rm -rf '%s'", g_tmp);
    if (system(rm) != 0) fprintf(stderr, "warning: could not remove %s\n", g_tmp);
    free(rm);
    for (int i = 0; i < g_nspecs; i++) {
        free(g_specs[i].name);
        free(g_specs[i].path);
        free(g_specs[i].oracle);
        free(g_specs[i].outdir);
    }
    for (int i = 0; i < neach; i++) free(each[i]);
    free(zip); free(crlf); free(lf); free(viafile); free(viadir); free(empty); free(outdir_fp);
    free(missing); free(dots); free(custom_dir); free(dotted); free(blocked); free(ext2); free(upper_zip); free(targz);
    free(SRC); free(OUTSIDE); free(T);

    printf("%d passed, %d failed\n", g_pass, g_fail);
    return g_fail ? 1 : 0;
}
