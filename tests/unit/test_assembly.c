/* test_assembly.c - the cloud assembly's transactional write (src/core/assembly.c): the output
 * directory's own nature (trailing slash, symlink, regular file, dangling symlink), the leftovers
 * of dead synths, and failures while staging that must leave the old assembly whole, staged
 * assets included. The fault-injection sweep (tests/fault) covers failures at every system call. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ccdk/lambda.h"
#include "internal.h"
#include "testlib.h"

static char tmpdir[] = "/tmp/ccdk-test-assembly-XXXXXX";

static void write_text(const char *path, const char *text)
{
    CHECK(ccdk__write_file(path, text, strlen(text)) == 0);
}

/* an app with one function whose code is the asset directory `asset`; 0 or -1 */
static int synth(const char *outdir, const char *asset, const char *env_value, ccdk_app **keep)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = outdir, .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "Stack", NULL);
    ccdk_lambda_function_new(s, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(s, asset, NULL),
        .environment = CCDK_KVS({"V", env_value}),
    });
    if (keep && *keep == NULL) {
        int rc = ccdk_app_synth(app);
        *keep = app;
        return rc;
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc;
}

/* a listing of the directory: "name:size;" for every entry, depth first, sorted by readdir order
 * of a sorted scandir */
static void listing(const char *dir, ccdk__buf *b)
{
    struct dirent **ents;
    int n = scandir(dir, &ents, NULL, alphasort);
    if (n < 0) {
        ccdk__buf_puts(b, "<none>");
        return;
    }
    for (int i = 0; i < n; i++) {
        const char *name = ents[i]->d_name;
        if (strcmp(name, ".") && strcmp(name, "..")) {
            char p[4096];
            snprintf(p, sizeof p, "%s/%s", dir, name);
            struct stat st;
            lstat(p, &st);
            ccdk__buf_printf(b, "%s:%ld;", name, S_ISDIR(st.st_mode) ? -1L : (long)st.st_size);
            if (S_ISDIR(st.st_mode)) {
                ccdk__buf_puts(b, "[");
                listing(p, b);
                ccdk__buf_puts(b, "]");
            }
            if (S_ISREG(st.st_mode)) { /* content too */
                size_t len = 0;
                char *c = ccdk__read_file(p, &len);
                unsigned char h[32];
                ccdk__sha256(c, len, h);
                ccdk__buf_printf(b, "%02x%02x%02x%02x;", h[0], h[1], h[2], h[3]);
                free(c);
            }
        }
        free(ents[i]);
    }
    free(ents);
}

static char *list_dir(const char *dir)
{
    ccdk__buf b = {0};
    listing(dir, &b);
    ccdk__buf_putc(&b, 0);
    return b.data;
}

/* entries of tmpdir whose name starts with prefix */
static int leftovers(const char *prefix)
{
    DIR *d = opendir(tmpdir);
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)))
        if (!strncmp(e->d_name, prefix, strlen(prefix)))
            n++;
    if (d)
        closedir(d);
    return n;
}

static void make_asset(const char *dir, const char *content)
{
    char p[4200];
    mkdir(dir, 0777);
    snprintf(p, sizeof p, "%s/index.js", dir);
    write_text(p, content);
}

TEST(trailing_slash_keeps_the_staged_assets)
{
    /* was: "Cannot replace cdk.out/: Invalid argument", and the old asset folders lost */
    char out[4200], slash[4300], asset[4200];
    snprintf(out, sizeof out, "%s/slash", tmpdir);
    snprintf(slash, sizeof slash, "%s/slash/", tmpdir);
    snprintf(asset, sizeof asset, "%s/asset-slash", tmpdir);
    make_asset(asset, "exports.handler = 1;\n");
    CHECK(synth(out, asset, "1", NULL) == 0);
    char *before = list_dir(out);
    CHECK(strstr(before, "asset.") != NULL);
    CHECK(synth(slash, asset, "1", NULL) == 0);
    char *after = list_dir(out);
    CHECK_STR_EQ(after, before);
    CHECK_INT_EQ(leftovers("slash.ccdk-"), 0);
    free(before);
    free(after);
}

TEST(symlinked_outdir_stays_a_symlink)
{
    /* aws-cdk-lib writes through the symlink (fs.statSync follows it); ccdk replaced it by a directory */
    char real[4200], link_[4200], asset[4200];
    snprintf(real, sizeof real, "%s/real-out", tmpdir);
    snprintf(link_, sizeof link_, "%s/link-out", tmpdir);
    snprintf(asset, sizeof asset, "%s/asset-link", tmpdir);
    make_asset(asset, "exports.handler = 2;\n");
    mkdir(real, 0777);
    CHECK(symlink("real-out", link_) == 0);
    CHECK(synth(link_, asset, "1", NULL) == 0);
    CHECK(synth(link_, asset, "2", NULL) == 0);
    struct stat st;
    CHECK(lstat(link_, &st) == 0 && S_ISLNK(st.st_mode));
    char p[4300];
    snprintf(p, sizeof p, "%s/Stack.template.json", real);
    size_t len = 0;
    char *t = ccdk__read_file(p, &len);
    CHECK(t && strstr(t, "\"V\": \"2\""));
    free(t);
    CHECK_INT_EQ(leftovers("link-out.ccdk-") + leftovers("real-out.ccdk-"), 0);
}

TEST(outdir_that_is_a_file_is_an_error)
{
    /* was: the file deleted and replaced by a directory. aws-cdk-lib: "<outdir> must be a directory"
     * (the error-outdir-not-a-directory conformance case checks the text against it) */
    char file[4200], asset[4200];
    snprintf(file, sizeof file, "%s/plain-file", tmpdir);
    snprintf(asset, sizeof asset, "%s/asset-file", tmpdir);
    make_asset(asset, "exports.handler = 3;\n");
    write_text(file, "keep me");
    ccdk_app *app = NULL;
    CHECK(synth(file, asset, "1", &app) != 0);
    CHECK(ccdk_app_error_count(app) == 1);
    char want[4300];
    snprintf(want, sizeof want, "%s must be a directory", file);
    CHECK_CONTAINS(ccdk_app_error(app, 0), want);
    ccdk_app_free(app);
    size_t len = 0;
    char *c = ccdk__read_file(file, &len);
    CHECK_STR_EQ(c, "keep me");
    free(c);
    CHECK_INT_EQ(leftovers("plain-file.ccdk-"), 0);
}

TEST(dangling_symlink_outdir_is_an_error)
{
    char link_[4200], asset[4200];
    snprintf(link_, sizeof link_, "%s/dangling", tmpdir);
    snprintf(asset, sizeof asset, "%s/asset-dangling", tmpdir);
    make_asset(asset, "exports.handler = 4;\n");
    CHECK(symlink("nowhere", link_) == 0);
    CHECK(synth(link_, asset, "1", NULL) != 0);
    struct stat st;
    CHECK(lstat(link_, &st) == 0 && S_ISLNK(st.st_mode));
    CHECK_INT_EQ(leftovers("dangling.ccdk-") + leftovers("nowhere"), 0);
}

TEST(leftovers_of_dead_synths_are_removed)
{
    /* 4194304 is above Linux's largest pid: that process is dead. The legacy names (no counter)
     * come from ccdk before the transactional write. */
    char out[4200], asset[4200], p[4400];
    snprintf(out, sizeof out, "%s/stale", tmpdir);
    snprintf(asset, sizeof asset, "%s/asset-stale", tmpdir);
    make_asset(asset, "exports.handler = 5;\n");
    const char *dead[] = {"stale.ccdk-tmp-4194304-0", "stale.ccdk-old-4194304-7", "stale.ccdk-tmp-4194304",
                          "stale.ccdk-old-4194304"};
    for (size_t i = 0; i < sizeof dead / sizeof *dead; i++) {
        snprintf(p, sizeof p, "%s/%s", tmpdir, dead[i]);
        mkdir(p, 0777);
        snprintf(p, sizeof p, "%s/%s/manifest.json", tmpdir, dead[i]);
        write_text(p, "{}");
    }
    /* a live process's staging directory (our parent's pid, locked by us as its writer would be) stays */
    char live[4400];
    snprintf(live, sizeof live, "%s/stale.ccdk-tmp-%ld-0", tmpdir, (long)getppid());
    mkdir(live, 0777);
    int fd = open(live, O_RDONLY | O_DIRECTORY);
    CHECK(fd >= 0 && flock(fd, LOCK_EX) == 0);
    /* and a name that only looks similar is not ours */
    snprintf(p, sizeof p, "%s/stale.ccdk-tmp-notapid", tmpdir);
    mkdir(p, 0777);
    CHECK(synth(out, asset, "1", NULL) == 0);
    for (size_t i = 0; i < sizeof dead / sizeof *dead; i++) {
        snprintf(p, sizeof p, "%s/%s", tmpdir, dead[i]);
        struct stat st;
        CHECK_MSG(lstat(p, &st) != 0, "%s was not removed", dead[i]);
    }
    struct stat st;
    CHECK(stat(live, &st) == 0);
    snprintf(p, sizeof p, "%s/stale.ccdk-tmp-notapid", tmpdir);
    CHECK(stat(p, &st) == 0);
    close(fd);
    ccdk__rm_rf(live);
    ccdk__rm_rf(p);
}

TEST(staging_error_keeps_the_old_assets)
{
    /* was: the old asset folders were moved into the temporary directory while staging and removed
     * with it when a later asset failed to stage */
    char out[4200], a1[4200], a2[4200];
    snprintf(out, sizeof out, "%s/staging", tmpdir);
    snprintf(a1, sizeof a1, "%s/asset-stage-1", tmpdir);
    snprintf(a2, sizeof a2, "%s/asset-stage-2", tmpdir);
    make_asset(a1, "exports.handler = 6;\n");
    make_asset(a2, "exports.handler = 7;\n");
    CHECK(synth(out, a1, "1", NULL) == 0);
    char *before = list_dir(out);

    /* the same asset again (reused from the old assembly) plus one that vanishes before synth */
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "Stack", NULL);
    ccdk_lambda_function_new(s, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(s, a1, NULL)});
    ccdk_lambda_function_new(s, "Fn2", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(s, a2, NULL)});
    ccdk__rm_rf(a2);
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(ccdk_app_error_count(app) == 1 && strstr(ccdk_app_error(app, 0), "Failed to stage asset"));
    ccdk_app_free(app);
    char *after = list_dir(out);
    CHECK_STR_EQ(after, before);
    CHECK_INT_EQ(leftovers("staging.ccdk-"), 0);
    free(before);
    free(after);
}

TEST(reused_assets_are_not_moved_out_of_the_old_assembly)
{
    /* the new assembly links the staged asset; the old one keeps it until the swap */
    char out[4200], asset[4200], staged[4400];
    snprintf(out, sizeof out, "%s/reuse", tmpdir);
    snprintf(asset, sizeof asset, "%s/asset-reuse", tmpdir);
    make_asset(asset, "exports.handler = 8;\n");
    CHECK(synth(out, asset, "1", NULL) == 0);
    DIR *d = opendir(out);
    struct dirent *e;
    staged[0] = 0;
    while (d && (e = readdir(d)))
        if (!strncmp(e->d_name, "asset.", 6))
            snprintf(staged, sizeof staged, "%s/%s/index.js", out, e->d_name);
    if (d)
        closedir(d);
    struct stat st1, st2;
    CHECK(stat(staged, &st1) == 0);
    CHECK(synth(out, asset, "2", NULL) == 0);
    CHECK(stat(staged, &st2) == 0);
    CHECK(st1.st_ino == st2.st_ino); /* linked, not copied again */
    CHECK_INT_EQ(leftovers("reuse.ccdk-"), 0);
}

TEST(unchanged_files_are_linked_from_the_old_assembly)
{
    /* a synth that changes nothing writes nothing: every file is the old assembly's, linked; one
     * that changes a template writes that one (and what depends on it) whole */
    char out[4200], fresh[4200], asset[4200], tpl[4400];
    snprintf(out, sizeof out, "%s/relink", tmpdir);
    snprintf(fresh, sizeof fresh, "%s/relink-fresh", tmpdir);
    snprintf(asset, sizeof asset, "%s/asset-relink", tmpdir);
    snprintf(tpl, sizeof tpl, "%s/Stack.template.json", out);
    make_asset(asset, "exports.handler = 9;\n");
    CHECK(synth(out, asset, "1", NULL) == 0);
    struct stat st1, st2, st3;
    CHECK(stat(tpl, &st1) == 0);
    char *first = list_dir(out);
    CHECK(synth(out, asset, "1", NULL) == 0);
    CHECK(stat(tpl, &st2) == 0);
    CHECK(st1.st_ino == st2.st_ino);
    char *second = list_dir(out);
    CHECK_STR_EQ(second, first);
    CHECK(synth(out, asset, "22", NULL) == 0);
    CHECK(stat(tpl, &st3) == 0);
    CHECK(st3.st_ino != st2.st_ino);
    CHECK(synth(fresh, asset, "22", NULL) == 0);
    char *third = list_dir(out), *want = list_dir(fresh);
    CHECK_STR_EQ(third, want);
    CHECK(strcmp(third, first) != 0);
    CHECK_INT_EQ(leftovers("relink.ccdk-"), 0);
    free(first);
    free(second);
    free(third);
    free(want);
}

/* streams `text` through a reusing sink into dir/new/name, the old version being dir/old/name */
static void reuse_write(const char *dir, const char *name, const char *text, size_t len)
{
    char olddir[4200], path[4400];
    snprintf(olddir, sizeof olddir, "%s/old", dir);
    snprintf(path, sizeof path, "%s/new/%s", dir, name);
    int fd = open(olddir, O_RDONLY | O_DIRECTORY);
    CHECK(fd >= 0);
    ccdk__buf b;
    ccdk__sha256_ctx sha;
    ccdk__sha256_init(&sha);
    CHECK(ccdk__buf_open_reuse(&b, path, fd, name, &sha) == 0);
    for (size_t off = 0; off < len; off += 1000) /* in pieces, as the JSON writer streams */
        ccdk__buf_put(&b, text + off, len - off < 1000 ? len - off : 1000);
    CHECK(ccdk__buf_close(&b) == 0);
    CHECK(sha.len == len); /* what was streamed is hashed, written or not */
    close(fd);
    size_t got_len = 0;
    char *got = ccdk__read_file(path, &got_len);
    CHECK(got != NULL && got_len == len && memcmp(got, text, len) == 0);
    free(got);
}

TEST(reusing_sink_writes_exactly_what_is_streamed)
{
    char dir[4200], p[4400], q[4400];
    snprintf(dir, sizeof dir, "%s/sink", tmpdir);
    snprintf(p, sizeof p, "%s/old", dir);
    CHECK(ccdk__mkdir_p(p) == 0);
    snprintf(p, sizeof p, "%s/new", dir);
    CHECK(ccdk__mkdir_p(p) == 0);
    size_t big = 300000; /* several 64 KiB flushes */
    char *a = malloc(big), *b = malloc(big);
    for (size_t i = 0; i < big; i++)
        a[i] = (char)('a' + i % 23);
    memcpy(b, a, big);
    b[200000] = '#'; /* differs after three equal flushes */
    struct {
        const char *name, *old;
        size_t old_len;
        const char *text;
        size_t len;
        int linked;
    } cases[] = {
        {"same", a, big, a, big, 1},
        {"late-difference", a, big, b, big, 0},
        {"shorter", a, big, a, big - 5, 0},
        {"longer", a, big - 70000, a, big, 0},
        {"empty-same", "", 0, "", 0, 1},
        {"small-differs", "{\"a\":1}", 7, "{\"a\":2}", 7, 0},
        {"missing", NULL, 0, a, 10, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(p, sizeof p, "%s/old/%s", dir, cases[i].name);
        if (cases[i].old)
            CHECK(ccdk__write_file(p, cases[i].old, cases[i].old_len) == 0);
        reuse_write(dir, cases[i].name, cases[i].text, cases[i].len);
        snprintf(q, sizeof q, "%s/new/%s", dir, cases[i].name);
        struct stat so, sn;
        CHECK(stat(q, &sn) == 0);
        int linked = stat(p, &so) == 0 && so.st_ino == sn.st_ino;
        if (linked != cases[i].linked)
            fprintf(stderr, "case %s: linked %d\n", cases[i].name, linked);
        CHECK_INT_EQ(linked, cases[i].linked);
        if (cases[i].old) { /* the old file is never changed */
            size_t ol = 0;
            char *o = ccdk__read_file(p, &ol);
            CHECK(o != NULL && ol == cases[i].old_len && memcmp(o, cases[i].old, ol) == 0);
            free(o);
        }
    }
    /* an old version that is a symlink is not followed, nor linked */
    snprintf(p, sizeof p, "%s/old/target", dir);
    CHECK(ccdk__write_file(p, a, 100) == 0);
    snprintf(p, sizeof p, "%s/old/link", dir);
    CHECK(symlink("target", p) == 0);
    reuse_write(dir, "link", a, 100);
    snprintf(q, sizeof q, "%s/new/link", dir);
    struct stat sl;
    CHECK(lstat(q, &sl) == 0 && S_ISREG(sl.st_mode) && sl.st_nlink == 1);
    free(a);
    free(b);
}

TEST(dot_components_are_resolved_as_node_does)
{
    /* was: "cdk.out/." failed with EBUSY, "cdk.out/sub/.." made cdk.out/sub inside the old assembly */
    char out[4200], dot[4300], up[4300], asset[4200], p[4400];
    snprintf(out, sizeof out, "%s/dots", tmpdir);
    snprintf(dot, sizeof dot, "%s/dots/.", tmpdir);
    snprintf(up, sizeof up, "%s/dots/sub/..", tmpdir);
    snprintf(asset, sizeof asset, "%s/asset-dots", tmpdir);
    make_asset(asset, "exports.handler = 9;\n");
    CHECK(synth(out, asset, "1", NULL) == 0);
    CHECK(synth(dot, asset, "2", NULL) == 0);
    snprintf(p, sizeof p, "%s/Stack.template.json", out);
    size_t len = 0;
    char *t = ccdk__read_file(p, &len);
    CHECK(t && strstr(t, "\"V\": \"2\""));
    free(t);
    CHECK(synth(up, asset, "3", NULL) == 0);
    t = ccdk__read_file(p, &len);
    CHECK(t && strstr(t, "\"V\": \"3\""));
    free(t);
    struct stat st;
    snprintf(p, sizeof p, "%s/sub", out);
    CHECK(stat(p, &st) != 0);
    CHECK_INT_EQ(leftovers("dots.ccdk-"), 0);
}

TEST(old_assembly_of_a_killed_fallback_swap_comes_back)
{
    /* killed between the two renames of the fallback swap (no RENAME_EXCHANGE): the old assembly is
     * at <outdir>.ccdk-old-<pid>-<n> and there is no outdir. The next synth -- even one that fails --
     * puts it back instead of deleting it as a leftover. */
    char out[4200], old[4300], p[4400];
    snprintf(out, sizeof out, "%s/killed", tmpdir);
    snprintf(old, sizeof old, "%s/killed.ccdk-old-4194304-0", tmpdir);
    mkdir(old, 0777);
    snprintf(p, sizeof p, "%s/manifest.json", old);
    write_text(p, "{\"the\": \"old assembly\"}");
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "Stack", NULL);
    ccdk_construct_new(s, "Twice");
    ccdk_construct_new(s, "Twice"); /* an error: this synth fails */
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
    snprintf(p, sizeof p, "%s/manifest.json", out);
    size_t len = 0;
    char *m = ccdk__read_file(p, &len);
    CHECK_STR_EQ(m, "{\"the\": \"old assembly\"}");
    free(m);
    CHECK_INT_EQ(leftovers("killed.ccdk-"), 0);
}

TEST(output_path_too_long_is_an_error)
{
    /* was: paths derived from it were cut silently (an asset staged under a wrong name, exit 0) */
    char out[4200], asset[4200];
    int n = snprintf(out, sizeof out, "%s/", tmpdir);
    memset(out + n, 'x', 3600);
    out[n + 3600] = 0;
    snprintf(asset, sizeof asset, "%s/asset-long", tmpdir);
    make_asset(asset, "exports.handler = 10;\n");
    ccdk_app *app = NULL;
    CHECK(synth(out, asset, "1", &app) != 0);
    CHECK(ccdk_app_error_count(app) >= 1 && strstr(ccdk_app_error(app, 0), "ENAMETOOLONG"));
    ccdk_app_free(app);
}

/* an app of n functions, each with its own asset directory <assets>/a<i> */
static int synth_many(const char *outdir, const char *assets, int n, const char *env_value)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = outdir, .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "Stack", NULL);
    for (int i = 0; i < n; i++) {
        char id[32], dir[4200];
        snprintf(id, sizeof id, "Fn%d", i);
        snprintf(dir, sizeof dir, "%s/a%d", assets, i);
        ccdk_lambda_function_new(s, id, &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_asset(s, dir, NULL),
            .environment = CCDK_KVS({"V", env_value}),
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc;
}

TEST(a_large_old_assembly_is_removed_by_a_process_of_its_own)
{
    /* twelve asset directories: the old assembly is left to an rm of its own (remove_later), which
     * this process (it has no other child) can wait for; the new assembly is whole meanwhile */
    char out[4200], assets[4200], p[4400];
    snprintf(out, sizeof out, "%s/big", tmpdir);
    snprintf(assets, sizeof assets, "%s/assets-big", tmpdir);
    mkdir(assets, 0777);
    for (int i = 0; i < 12; i++) {
        char text[64];
        snprintf(p, sizeof p, "%s/a%d", assets, i);
        snprintf(text, sizeof text, "exports.handler = %d;\n", i);
        make_asset(p, text);
    }
    CHECK(synth_many(out, assets, 12, "1") == 0);
    CHECK_INT_EQ(leftovers("big.ccdk-"), 0); /* no old assembly the first time */
    CHECK(waitpid(-1, NULL, WNOHANG) < 0 && errno == ECHILD);
    char *first = list_dir(out);
    CHECK(synth_many(out, assets, 12, "2") == 0);
    char *second = list_dir(out);
    CHECK(strlen(first) == strlen(second)); /* the same files: a template's value changed */
    int status = -1;
    pid_t pid = waitpid(-1, &status, 0); /* the rm */
    CHECK_MSG(pid > 0, "no process removed the old assembly");
    CHECK(pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK_INT_EQ(leftovers("big.ccdk-"), 0);
    char *after = list_dir(out);
    CHECK_STR_EQ(after, second);
    /* CCDK_REMOVE_NOW=1: removed before the synth returns, by the synth */
    setenv("CCDK_REMOVE_NOW", "1", 1);
    CHECK(synth_many(out, assets, 12, "3") == 0);
    unsetenv("CCDK_REMOVE_NOW");
    CHECK(waitpid(-1, NULL, WNOHANG) < 0 && errno == ECHILD);
    CHECK_INT_EQ(leftovers("big.ccdk-"), 0);
    free(first);
    free(second);
    free(after);
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    setenv("CCDK_NO_FSYNC", "1", 1);
    RUN(trailing_slash_keeps_the_staged_assets);
    RUN(symlinked_outdir_stays_a_symlink);
    RUN(outdir_that_is_a_file_is_an_error);
    RUN(dangling_symlink_outdir_is_an_error);
    RUN(leftovers_of_dead_synths_are_removed);
    RUN(staging_error_keeps_the_old_assets);
    RUN(reused_assets_are_not_moved_out_of_the_old_assembly);
    RUN(unchanged_files_are_linked_from_the_old_assembly);
    RUN(reusing_sink_writes_exactly_what_is_streamed);
    RUN(dot_components_are_resolved_as_node_does);
    RUN(old_assembly_of_a_killed_fallback_swap_comes_back);
    RUN(output_path_too_long_is_an_error);
    RUN(a_large_old_assembly_is_removed_by_a_process_of_its_own);
    if (ccdk__rm_rf(tmpdir) != 0)
        fprintf(stderr, "could not remove %s\n", tmpdir);
    return TEST_DONE();
}
