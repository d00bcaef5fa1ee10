/* test_early_staging.c - the assets copied while they are fingerprinted (spec_stage.c): the
 * assembly is the same bytes as with the copies made at synth (CCDK_NO_SPEC=1), nothing is left
 * behind by an App freed unsynthesized or a failed synth, an output directory with staged assets
 * is linked from instead, and an asset directory that holds the output directory fingerprints and
 * copies as if the early staging directory were not there. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ccdk/assets.h"
#include "ccdk/lambda.h"
#include "internal.h"
#include "testlib.h"

static char tmpdir[] = "/tmp/ccdk-test-early-XXXXXX";

static void write_text(const char *path, const char *text, mode_t mode)
{
    FILE *f = fopen(path, "w");
    if (!f)
        abort();
    fputs(text, f);
    fclose(f);
    chmod(path, mode);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* a tree, as text: each entry's path, kind, mode and contents (or link target), sorted */
static void listing(const char *root, const char *rel, FILE *out)
{
    char dir[2048];
    snprintf(dir, sizeof dir, "%s%s%s", root, *rel ? "/" : "", rel);
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(out, "!%s\n", rel);
        return;
    }
    char *names[1024];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 1024)
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            names[n++] = strdup(e->d_name);
    closedir(d);
    qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n; i++) {
        char crel[2048], p[4096];
        snprintf(crel, sizeof crel, "%s%s%s", rel, *rel ? "/" : "", names[i]);
        snprintf(p, sizeof p, "%s/%s", root, crel);
        struct stat st;
        if (lstat(p, &st) != 0) {
            fprintf(out, "?%s\n", crel);
        } else if (S_ISLNK(st.st_mode)) {
            char t[1024];
            ssize_t k = readlink(p, t, sizeof t - 1);
            t[k < 0 ? 0 : k] = 0;
            fprintf(out, "L %s -> %s\n", crel, t);
        } else if (S_ISDIR(st.st_mode)) {
            fprintf(out, "D %s %o\n", crel, (unsigned)(st.st_mode & 07777));
            listing(root, crel, out);
        } else {
            fprintf(out, "F %s %o %lld:", crel, (unsigned)(st.st_mode & 07777), (long long)st.st_size);
            FILE *f = fopen(p, "rb");
            int c;
            while (f && (c = fgetc(f)) != EOF)
                fputc(c, out);
            if (f)
                fclose(f);
            fputc('\n', out);
        }
        free(names[i]);
    }
}

static char *tree_text(const char *root)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    listing(root, "", f);
    fclose(f);
    return buf;
}

/* the entries of dir whose name has "ccdk-" in it (staging directories left behind) */
static int leftovers(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        n += strstr(e->d_name, "ccdk-") != NULL;
    closedir(d);
    return n;
}

static char src[4][512];

static void make_sources(void)
{
    char p[700];
    snprintf(src[0], sizeof src[0], "%s/src/a", tmpdir);
    snprintf(src[1], sizeof src[1], "%s/src/b", tmpdir);
    snprintf(src[2], sizeof src[2], "%s/src/code.zip", tmpdir);
    snprintf(p, sizeof p, "%s/src", tmpdir);
    mkdir(p, 0755);
    mkdir(src[0], 0755);
    mkdir(src[1], 0755);
    snprintf(p, sizeof p, "%s/index.js", src[0]);
    write_text(p, "exports.handler = async () => 'a';\n", 0644);
    snprintf(p, sizeof p, "%s/lib", src[0]);
    mkdir(p, 0750);
    snprintf(p, sizeof p, "%s/lib/run.sh", src[0]);
    write_text(p, "#!/bin/sh\necho a\n", 0755);
    snprintf(p, sizeof p, "%s/lib/link.js", src[0]);
    symlink("../index.js", p);
    snprintf(p, sizeof p, "%s/empty", src[0]);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/index.py", src[1]);
    write_text(p, "def handler(e, c):\n    return 'b'\n", 0600);
    write_text(src[2], "PK\x05\x06 not really a zip, but named one\n", 0644);
    /* a larger one (400 files, 6.4 MB): copied over threads once it has taken a few milliseconds */
    snprintf(src[3], sizeof src[3], "%s/src/big", tmpdir);
    mkdir(src[3], 0755);
    static char block[16384];
    for (int i = 0; i < 400; i++) {
        snprintf(p, sizeof p, "%s/m%03d.js", src[3], i);
        for (size_t k = 0; k < sizeof block - 1; k++)
            block[k] = (char)('a' + (k * 7 + (size_t)i) % 26);
        block[sizeof block - 1] = 0;
        write_text(p, block, 0644);
    }
}

/* an App of two stacks: a directory shared by two functions (two Code objects: one staging), a
 * second directory and a .zip file */
static ccdk_app *make_app(const char *out)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *s[2] = {ccdk_stack_new(app, "One", NULL), ccdk_stack_new(app, "Two", NULL)};
    const char *paths[5] = {src[0], src[0], src[1], src[2], src[3]};
    for (int i = 0; i < 5; i++) {
        char id[8];
        snprintf(id, sizeof id, "F%d", i);
        ccdk_lambda_function_new(s[i % 2], id, &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_asset(s[i % 2], paths[i], NULL),
        });
    }
    return app;
}

TEST(early_copies_are_the_late_ones)
{
    char out1[600], out2[600];
    snprintf(out1, sizeof out1, "%s/early/cdk.out", tmpdir);
    snprintf(out2, sizeof out2, "%s/late/cdk.out", tmpdir);
    char p[700];
    snprintf(p, sizeof p, "%s/early", tmpdir);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/late", tmpdir);
    mkdir(p, 0755);

    size_t placed = ccdk__spec_placed_count();
    ccdk_app *app = make_app(out1);
    CHECK(ccdk_app_synth(app) == 0);
    ccdk_app_free(app);
    /* the three directories and the file: each copied once, while it was fingerprinted */
    CHECK(ccdk__spec_placed_count() - placed == 4);

    setenv("CCDK_NO_SPEC", "1", 1);
    placed = ccdk__spec_placed_count();
    app = make_app(out2);
    CHECK(ccdk_app_synth(app) == 0);
    ccdk_app_free(app);
    unsetenv("CCDK_NO_SPEC");
    CHECK(ccdk__spec_placed_count() == placed);

    /* CCDK_NO_THREADS keeps the copies on the calling thread, at synth */
    char out3[600];
    snprintf(out3, sizeof out3, "%s/unthreaded/cdk.out", tmpdir);
    snprintf(p, sizeof p, "%s/unthreaded", tmpdir);
    mkdir(p, 0755);
    setenv("CCDK_NO_THREADS", "1", 1);
    app = make_app(out3);
    CHECK(leftovers(p) == 0);
    CHECK(ccdk_app_synth(app) == 0);
    ccdk_app_free(app);
    unsetenv("CCDK_NO_THREADS");
    CHECK(ccdk__spec_placed_count() == placed);
    char *t3 = tree_text(out3), *t2l = tree_text(out2);
    CHECK_STR_EQ(t3, t2l);
    free(t3);
    free(t2l);

    char *t1 = tree_text(out1), *t2 = tree_text(out2);
    CHECK(strstr(t1, "asset.") != NULL);
    CHECK(strstr(t1, "lib/run.sh 755") != NULL);
    CHECK(strstr(t1, "ccdk-spec") == NULL);
    CHECK_STR_EQ(t1, t2);
    free(t1);
    free(t2);
    snprintf(p, sizeof p, "%s/early", tmpdir);
    CHECK(leftovers(p) == 0);

    /* a second synth into the assembly with the staged assets: linked from it, not copied early */
    placed = ccdk__spec_placed_count();
    app = make_app(out1);
    CHECK(ccdk_app_synth(app) == 0);
    ccdk_app_free(app);
    CHECK(ccdk__spec_placed_count() == placed);
    t1 = tree_text(out1);
    t2 = tree_text(out2);
    CHECK_STR_EQ(t1, t2);
    free(t1);
    free(t2);
    CHECK(leftovers(p) == 0);
}

TEST(nothing_left_without_a_synth)
{
    char dir[600], out[700];
    snprintf(dir, sizeof dir, "%s/unsynthesized", tmpdir);
    mkdir(dir, 0755);
    snprintf(out, sizeof out, "%s/cdk.out", dir);
    ccdk_app *app = make_app(out);
    /* the early copies are under way in the staging directory beside the output directory */
    CHECK(leftovers(dir) == 1);
    ccdk_app_free(app);
    CHECK(leftovers(dir) == 0);
    struct stat st;
    CHECK(stat(out, &st) != 0);
}

TEST(nothing_left_by_a_failed_synth)
{
    char dir[600], out[700];
    snprintf(dir, sizeof dir, "%s/failed", tmpdir);
    mkdir(dir, 0755);
    snprintf(out, sizeof out, "%s/cdk.out", dir);
    size_t placed = ccdk__spec_placed_count();
    ccdk_app *app = make_app(out);
    ccdk_stack *s = ccdk_stack_new(app, "Bad", NULL);
    /* over its resource limit: the synth fails as it renders, the assets placed or being staged */
    ccdk_node_set_context(s, "@aws-cdk/core:stackResourceLimit", "1");
    ccdk_lambda_function_new(s, "F", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(s, src[1], NULL),
    });
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(ccdk_app_error_count(app) == 1);
    if (ccdk_app_error_count(app))
        CHECK(strstr(ccdk_app_error(app, 0), "Number of resources in stack 'Bad'") != NULL);
    ccdk_app_free(app);
    CHECK(ccdk__spec_placed_count() - placed <= 4);
    CHECK(leftovers(dir) == 0);
    struct stat st;
    CHECK(stat(out, &st) != 0);
}

TEST(asset_directory_holding_the_output_directory)
{
    /* Code.fromAsset(".") with the assembly inside it: the early staging directory beside the
     * output directory is hidden from the fingerprint and the copy */
    char dir[600], out[700], p[800];
    snprintf(dir, sizeof dir, "%s/project", tmpdir);
    mkdir(dir, 0755);
    snprintf(p, sizeof p, "%s/index.js", dir);
    write_text(p, "exports.handler = async () => 'p';\n", 0644);
    char before[65];
    char *err = NULL;
    CHECK(ccdk_fs_fingerprint(dir, NULL, before, &err) == 0);
    free(err);
    snprintf(out, sizeof out, "%s/cdk.out", dir);
    size_t placed = ccdk__spec_placed_count();
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    /* a first asset makes the early staging directory; the second holds it */
    ccdk_lambda_function_new(s, "A", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(s, src[1], NULL),
    });
    CHECK(leftovers(dir) == 1);
    char during[65];
    CHECK(ccdk_fs_fingerprint(dir, NULL, during, &err) == 0);
    free(err);
    CHECK_STR_EQ(during, before);
    ccdk_lambda_function_new(s, "P", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(s, dir, NULL),
    });
    CHECK(ccdk_app_synth(app) == 0);
    ccdk_app_free(app);
    CHECK(ccdk__spec_placed_count() - placed == 2);
    snprintf(p, sizeof p, "%s/asset.%s/index.js", out, before);
    struct stat st;
    CHECK(stat(p, &st) == 0);
    snprintf(p, sizeof p, "%s/asset.%s", out, before);
    CHECK(leftovers(p) == 0);
    CHECK(leftovers(dir) == 0);
}

static void refuse(void *construct, void *ctx, ccdk_validation_errors *errors)
{
    (void)construct;
    (void)ctx;
    ccdk_validation_errors_add(errors, "refused by the test");
}

/* a function per directory many/d<i> (ndirs of them); refused: a validation error on the stack */
static ccdk_app *many_app(const char *out, const char *many, int ndirs, int refused)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "Many", NULL);
    for (int d = 0; d < ndirs; d++) {
        char id[16], p[900];
        snprintf(id, sizeof id, "F%d", d);
        snprintf(p, sizeof p, "%s/d%d", many, d);
        ccdk_lambda_function_new(s, id, &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_asset(s, p, NULL),
        });
    }
    if (refused)
        ccdk_node_add_validation(s, refuse, NULL);
    return app;
}

/* The synth does not wait for the early copies before it prepares and validates (the stager waits
 * for them, while the templates are made): a synth that fails validation with copies still under
 * way stops them and removes the staging directory with them in it -- nothing is left, and a
 * synth of the same App afterwards (fixed) stages every asset. */
TEST(failed_validation_with_copies_under_way)
{
    char dir[600], out[700], many[700], p[900];
    snprintf(dir, sizeof dir, "%s/validation", tmpdir);
    mkdir(dir, 0755);
    snprintf(out, sizeof out, "%s/cdk.out", dir);
    snprintf(many, sizeof many, "%s/many", tmpdir);
    mkdir(many, 0755);
    char block[8192];
    memset(block, 'x', sizeof block - 1);
    block[sizeof block - 1] = 0;
    enum { NDIRS = 60, NFILES = 25 };
    for (int d = 0; d < NDIRS; d++) {
        snprintf(p, sizeof p, "%s/d%d", many, d);
        mkdir(p, 0755);
        for (int f = 0; f < NFILES; f++) {
            snprintf(p, sizeof p, "%s/d%d/f%d.js", many, d, f);
            block[0] = (char)('a' + d % 26); /* every directory a different asset */
            block[1] = (char)('a' + d / 26);
            write_text(p, block, 0644);
        }
    }
    for (int round = 0; round < 3; round++) {
        ccdk_app *app = many_app(out, many, NDIRS, 1);
        CHECK(ccdk_app_synth(app) != 0);
        /* before the App is freed: the failed synth itself left nothing */
        CHECK(leftovers(dir) == 0);
        struct stat st;
        CHECK(stat(out, &st) != 0);
        ccdk_app_free(app);
        CHECK(leftovers(dir) == 0);
    }
    /* the same App without the refusal: every directory staged, complete */
    ccdk_app *app = many_app(out, many, NDIRS, 0);
    CHECK(ccdk_app_synth(app) == 0);
    ccdk_app_free(app);
    CHECK(leftovers(dir) == 0);
    DIR *od = opendir(out);
    CHECK(od != NULL);
    int assets = 0, complete = 0;
    struct dirent *e;
    while (od && (e = readdir(od))) {
        if (strncmp(e->d_name, "asset.", 6))
            continue;
        assets++;
        int files = 0;
        snprintf(p, sizeof p, "%s/%s", out, e->d_name);
        DIR *ad = opendir(p);
        struct dirent *f;
        while (ad && (f = readdir(ad)))
            files += f->d_name[0] != '.';
        if (ad)
            closedir(ad);
        complete += files == NFILES;
    }
    if (od)
        closedir(od);
    CHECK(assets == NDIRS);
    CHECK(complete == NDIRS);
}

int main(void)
{
    if (!mkdtemp(tmpdir))
        return 1;
    make_sources();
    RUN(early_copies_are_the_late_ones);
    RUN(nothing_left_without_a_synth);
    RUN(nothing_left_by_a_failed_synth);
    RUN(failed_validation_with_copies_under_way);
    RUN(asset_directory_holding_the_output_directory);
    ccdk__rm_rf(tmpdir);
    return TEST_DONE();
}
