/* test_threads.c - two Apps built and synthesized in two threads at once, run under
 * ThreadSanitizer (make unit-tsan): what core.h documents as safe across threads is. It covers
 * ccdk_lambda_runtime_bundling_image (a ring of static buffers before: the names raced and were
 * overwritten), process-wide token numbers, and the process-wide errors of bad scopes. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <dirent.h>
#include <unistd.h>

#include "ccdk/lambda.h"
#include "internal.h"
#include "testlib.h"

static char tmpdir[] = "/tmp/ccdk-test-threads-XXXXXX";

typedef struct {
    int k;              /* which thread */
    int synth_rc;
    int names_ok;       /* every bundling image name read back as made */
    int tokens_ok;      /* the App's own reference resolved */
    const char *arn;    /* a token of this App, for the other thread to misuse */
    ccdk_app *app;
} job;

static const char *const suffix[2] = {"python3.9", "nodejs18.x"};

static void *build(void *arg)
{
    job *j = arg;
    char out[512];
    snprintf(out, sizeof out, "%s/app%d", tmpdir, j->k);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    const ccdk_lambda_runtime *rt = j->k ? CCDK_LAMBDA_RUNTIME_NODEJS_18_X : CCDK_LAMBDA_RUNTIME_PYTHON_3_9;
    const char *names[200];
    ccdk_lambda_function *last = NULL;
    for (int i = 0; i < 200; i++) {
        names[i] = ccdk_lambda_runtime_bundling_image(s, rt).image;
        char id[32];
        snprintf(id, sizeof id, "F%d", i);
        last = ccdk_lambda_function_new(s, id, &(ccdk_lambda_function_props){
            .runtime = rt,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(s, "x"),
            .environment = CCDK_KVS({"IMAGE", names[i]}),
        });
    }
    char want[64];
    snprintf(want, sizeof want, "public.ecr.aws/sam/build-%s", suffix[j->k]);
    j->names_ok = 1;
    for (int i = 0; i < 200; i++)
        j->names_ok &= !strcmp(names[i], want);
    ccdk_cfn_output_new(s, "Arn", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(last)});
    j->arn = ccdk_lambda_function_arn(last);
    j->synth_rc = ccdk_app_synth(app);
    const char *t = ccdk_stack_template_json(s);
    j->tokens_ok = t && strstr(t, want) && strstr(t, "\"Fn::GetAtt\": [\n     \"F199");
    j->app = app;
    return NULL;
}

/* two Apps at once, each with its own bundling image names and tokens */
TEST(two_apps_two_threads)
{
    job jobs[2] = {{.k = 0}, {.k = 1}};
    pthread_t th[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&th[i], NULL, build, &jobs[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    for (int i = 0; i < 2; i++) {
        CHECK(jobs[i].synth_rc == 0);
        CHECK(jobs[i].names_ok);
        CHECK(jobs[i].tokens_ok);
    }
    /* a token of one App in the other (both made their tokens concurrently) */
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = tmpdir, .quiet = 1});
    ccdk_cfn_output_new(ccdk_stack_new(app, "X", NULL), "O", &(ccdk_cfn_output_props){.value = jobs[1].arn});
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(ccdk_app_error_count(app) == 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "Cannot reference across apps.");
    ccdk_app_free(app);
    for (int i = 0; i < 2; i++)
        ccdk_app_free(jobs[i].app);
}

/* Code.fromAsset of one shared directory in two Apps at once: each App's staging cache is its own
 * (asset_cache.c), and the fingerprint's own worker threads run in both */
typedef struct {
    int k;
    int synth_rc;
    char key[2][80];
} asset_job;

static void *build_assets(void *arg)
{
    asset_job *j = arg;
    char out[512], dir[512];
    snprintf(out, sizeof out, "%s/assets%d", tmpdir, j->k);
    snprintf(dir, sizeof dir, "%s/shared", tmpdir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *st[2];
    for (int s = 0; s < 2; s++) {
        char sid[8];
        snprintf(sid, sizeof sid, "S%d", s);
        st[s] = ccdk_stack_new(app, sid, NULL);
        for (int i = 0; i < 20; i++) {
            char id[16];
            snprintf(id, sizeof id, "F%d", i);
            ccdk_lambda_function_new(st[s], id, &(ccdk_lambda_function_props){
                .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
                .handler = "index.handler",
                .code = ccdk_lambda_code_from_asset(st[s], dir, NULL),
            });
        }
    }
    j->synth_rc = ccdk_app_synth(app);
    for (int s = 0; s < 2; s++) {
        const char *t = ccdk_stack_template_json(st[s]);
        const char *k = t ? strstr(t, "\"S3Key\": \"") : NULL;
        snprintf(j->key[s], sizeof j->key[s], "%.64s", k ? k + 10 : "");
    }
    ccdk_app_free(app);
    return NULL;
}

TEST(assets_in_two_threads)
{
    char dir[512], file[600];
    snprintf(dir, sizeof dir, "%s/shared", tmpdir);
    mkdir(dir, 0755);
    for (int i = 0; i < 20; i++) {
        snprintf(file, sizeof file, "%s/f%d.js", dir, i);
        FILE *f = fopen(file, "w");
        if (!CHECK_RET(f != NULL))
            return;
        fprintf(f, "exports.n = %d;\n", i);
        fclose(f);
    }
    asset_job jobs[2] = {{.k = 0}, {.k = 1}};
    pthread_t th[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&th[i], NULL, build_assets, &jobs[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    for (int i = 0; i < 2; i++) {
        CHECK(jobs[i].synth_rc == 0);
        CHECK(strlen(jobs[i].key[0]) == 64);
        CHECK_STR_EQ(jobs[i].key[1], jobs[i].key[0]);
    }
    CHECK_STR_EQ(jobs[1].key[0], jobs[0].key[0]);
}

/* the bytes of a file (NULL when it cannot be read), for comparing a staged copy with its source */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *b = NULL;
    size_t n = 0, cap = 0, r;
    char tmp[4096];
    while ((r = fread(tmp, 1, sizeof tmp, f)) > 0) {
        if (n + r > cap) {
            cap = (n + r) * 2;
            b = realloc(b, cap);
        }
        memcpy(b + n, tmp, r);
        n += r;
    }
    fclose(f);
    *len = n;
    return b ? b : calloc(1, 1);
}

#define NDIRS 12

/* Many assets are staged in parallel (one thread each: files made in one directory by two
 * threads contend for its lock), the same asset of two stacks once: every staged file is its
 * source's bytes. When copies fail, the error is the first failing asset's in the assets' order,
 * and nothing is written. */
TEST(many_assets_staged_at_once)
{
    char src[NDIRS][512], out[512];
    for (int d = 0; d < NDIRS; d++) {
        snprintf(src[d], sizeof src[d], "%s/many/d%d", tmpdir, d);
        char sub[600];
        snprintf(sub, sizeof sub, "%s/lib", src[d]);
        CHECK(ccdk__mkdir_p(sub) == 0);
        for (int i = 0; i < 15; i++) {
            char file[700];
            snprintf(file, sizeof file, "%s/%s%d.js", i % 3 ? src[d] : sub, i % 3 ? "f" : "lib", i);
            FILE *f = fopen(file, "w");
            if (!CHECK_RET(f != NULL))
                return;
            for (int k = 0; k < (d + 1) * (i + 1) * 40; k++)
                fprintf(f, "exports.v%d = %d;\n", k, d * 1000 + i);
            fclose(f);
        }
    }
    for (int round = 0; round < 3; round++) {
        snprintf(out, sizeof out, "%s/many-out%d", tmpdir, round);
        /* round 2 changes sources after they are fingerprinted: without the early copies, which
         * would have copied them already (as aws-cdk-lib's constructor does) */
        if (round == 2)
            setenv("CCDK_NO_SPEC", "1", 1);
        ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
        ccdk_stack *st[2] = {ccdk_stack_new(app, "A", NULL), ccdk_stack_new(app, "B", NULL)};
        if (round == 1)
            ccdk_node_set_context(st[1], "@aws-cdk/core:stackResourceLimit", "10");
        /* enough functions for the synth's threads (the assets are staged while it renders) */
        for (int s = 0; s < 2; s++)
            for (int d = 0; d < NDIRS; d++)
                for (int k = 0; k < 6; k++) {
                    char id[16];
                    snprintf(id, sizeof id, k ? "F%dx%d" : "F%d", d, k);
                    ccdk_lambda_function_new(st[s], id, &(ccdk_lambda_function_props){
                        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
                        .handler = "f1.handler",
                        .code = ccdk_lambda_code_from_asset(st[s], src[d], NULL),
                    });
                }
        if (round == 1) {
            /* a synth that fails as it renders (stack B over its resource limit) while the
             * assets are being staged: its error only, and nothing written */
            CHECK(ccdk_app_synth(app) != 0);
            CHECK(ccdk_app_error_count(app) == 1);
            const char *e = ccdk_app_error_count(app) ? ccdk_app_error(app, 0) : "";
            if (!CHECK_RET(strstr(e, "Number of resources in stack 'B'") != NULL))
                fprintf(stderr, "error: %s\n", e);
            struct stat sb;
            CHECK(stat(out, &sb) != 0);
            ccdk_app_free(app);
            continue;
        }
        if (round == 2) {
            /* in assets 7 and 4 a file becomes, after fingerprinting, a link to a file whose read
             * fails (EIO: address 0 of /proc/self/mem) */
            for (int d = 7; d >= 4; d -= 3) {
                char gone[700];
                snprintf(gone, sizeof gone, "%s/f7.js", src[d]);
                CHECK(unlink(gone) == 0);
                CHECK(symlink("/proc/self/mem", gone) == 0);
            }
            CHECK(ccdk_app_synth(app) != 0);
            if (!CHECK_RET(ccdk_app_error_count(app) == 1))
                for (size_t i = 0; i < ccdk_app_error_count(app); i++)
                    fprintf(stderr, "error: %s\n", ccdk_app_error(app, i));
            const char *e = ccdk_app_error_count(app) ? ccdk_app_error(app, 0) : "";
            char want[700];
            snprintf(want, sizeof want, "Failed to stage asset %s: ", src[4]);
            if (!CHECK_RET(!strncmp(e, want, strlen(want))))
                fprintf(stderr, "error: %s\n", e);
            struct stat sb;
            CHECK(stat(out, &sb) != 0); /* nothing written */
            ccdk_app_free(app);
            unsetenv("CCDK_NO_SPEC");
            break;
        }
        CHECK(ccdk_app_synth(app) == 0);
        /* each asset once, every file as its source */
        size_t staged = 0, same = 0, files = 0;
        char path[1200];
        for (int d = 0; d < NDIRS; d++) {
            const char *t = ccdk_stack_template_json(st[0]);
            char lid[64];
            snprintf(lid, sizeof lid, "\"F%d", d);
            const char *at = t ? strstr(t, lid) : NULL;
            const char *k = at ? strstr(at, "\"S3Key\": \"") : NULL;
            if (!CHECK_RET(k != NULL))
                continue;
            char hash[65];
            snprintf(hash, sizeof hash, "%.64s", k + 10);
            snprintf(path, sizeof path, "%s/asset.%s", out, hash);
            struct stat sb;
            staged += stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
            for (int i = 0; i < 15; i++) {
                char rel[64], a[1300], b[1300];
                snprintf(rel, sizeof rel, "%s%d.js", i % 3 ? "f" : "lib/lib", i);
                snprintf(a, sizeof a, "%s/%s", src[d], rel);
                snprintf(b, sizeof b, "%s/%s", path, rel);
                size_t la = 0, lb = 0;
                char *ba = slurp(a, &la), *bb = slurp(b, &lb);
                files++;
                same += ba && bb && la == lb && !memcmp(ba, bb, la);
                free(ba);
                free(bb);
            }
        }
        CHECK(staged == NDIRS);
        CHECK(same == files);
        /* the 12 asset directories, no other */
        size_t entries = 0;
        DIR *dh = opendir(out);
        for (struct dirent *de; dh && (de = readdir(dh));)
            entries += !strncmp(de->d_name, "asset.", 6);
        if (dh)
            closedir(dh);
        CHECK(entries == NDIRS);
        ccdk_app_free(app);
    }
}

static void *orphans(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++) {
        /* the functions themselves: the checked macros reject NULL at compile time */
        ccdk_lambda_function *f = (ccdk_lambda_function_new)(NULL, "F", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
            .handler = "index.handler",
            .code = (ccdk_lambda_code_from_inline)(NULL, "x"),
        });
        (void)ccdk_lambda_function_arn(f);
        (void)(ccdk_lambda_runtime_bundling_image)(NULL, CCDK_LAMBDA_RUNTIME_NODEJS_18_X);
        (void)ccdk_process_error_count();
    }
    return NULL;
}

/* bad scopes in two threads: the process-wide list and each thread's orphan App */
TEST(bad_scopes_in_two_threads)
{
    ccdk__process_errors_clear();
    pthread_t th[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&th[i], NULL, orphans, NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    CHECK(ccdk_process_error_count() >= 3);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = tmpdir, .quiet = 1});
    ccdk_stack_new(app, "S", NULL);
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
    ccdk__process_errors_clear();
}

int main(void)
{
    if (!mkdtemp(tmpdir))
        return 1;
    RUN(two_apps_two_threads);
    RUN(bad_scopes_in_two_threads);
    RUN(assets_in_two_threads);
    RUN(many_assets_staged_at_once);
    ccdk__rm_rf(tmpdir);
    return TEST_DONE();
}
