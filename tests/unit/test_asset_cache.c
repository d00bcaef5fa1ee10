/* test_asset_cache.c - AssetStaging.assetCache (src/core/asset_cache.c): a directory shared by many
 * Code.fromAsset calls is fingerprinted once per App, and two Apps never share a cache entry. The
 * cache is observed by changing the directory between two uses: within one App the second use
 * keeps the first hash (it was not fingerprinted again), a new App sees the change. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ccdk/lambda.h"
#include "internal.h"
#include "testlib.h"

static char tmpdir[] = "/tmp/ccdk-test-asset-cache-XXXXXX";
static char assetdir[256];

static void put(const char *name, const char *text)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", assetdir, name);
    FILE *f = fopen(p, "w");
    if (!f)
        abort();
    fputs(text, f);
    fclose(f);
}

/* the S3Key of the first function of the stack's template */
static const char *s3key(ccdk_stack *s, char out[80])
{
    const char *t = ccdk_stack_template_json(s);
    const char *k = t ? strstr(t, "\"S3Key\": \"") : NULL;
    if (!k)
        return strcpy(out, "(none)");
    k += 10;
    size_t n = strcspn(k, "\"");
    if (n >= 80)
        n = 79;
    memcpy(out, k, n);
    out[n] = 0;
    return out;
}

static void fn(ccdk_stack *s, const char *id, const ccdk_asset_options *o)
{
    ccdk_lambda_function_new(s, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(s, assetdir, o),
    });
}

TEST(fingerprint_once_per_app)
{
    put("index.js", "exports.handler = 1;\n");
    ccdk_app *a1 = ccdk_app_new(&(ccdk_app_props){.outdir = tmpdir, .quiet = 1});
    ccdk_app *a2 = ccdk_app_new(&(ccdk_app_props){.outdir = tmpdir, .quiet = 1});
    char h1[65], h2[65], h3[65], h4[65];
    char *err = NULL;
    CHECK(ccdk__fingerprint_cached(a1, assetdir, NULL, h1, &err) == 0);
    put("index.js", "exports.handler = 2;\n");
    CHECK(ccdk__fingerprint_cached(a1, assetdir, NULL, h2, &err) == 0);
    CHECK_STR_EQ(h2, h1); /* not fingerprinted again */
    CHECK(ccdk__fingerprint_cached(a2, assetdir, NULL, h3, &err) == 0);
    CHECK(strcmp(h3, h1) != 0); /* another App: its own cache */
    CHECK(ccdk__fingerprint(assetdir, NULL, h4, &err) == 0);
    CHECK_STR_EQ(h3, h4);
    /* other options: another key */
    ccdk__fingerprint_opts o = {.follow = CCDK_SYMLINK_EXTERNAL, .extra_hash = "x"};
    CHECK(ccdk__fingerprint_cached(a1, assetdir, &o, h2, &err) == 0);
    CHECK(ccdk__fingerprint(assetdir, &o, h4, &err) == 0);
    CHECK_STR_EQ(h2, h4);
    /* a failure is not kept */
    char missing[300];
    snprintf(missing, sizeof missing, "%s/missing", tmpdir);
    CHECK(ccdk__fingerprint_cached(a1, missing, NULL, h2, &err) != 0);
    free(err);
    err = NULL;
    mkdir(missing, 0755);
    CHECK(ccdk__fingerprint_cached(a1, missing, NULL, h2, &err) == 0);
    rmdir(missing);
    ccdk_app_free(a1);
    ccdk_app_free(a2);
}

TEST(code_from_asset_staged_once_per_app)
{
    put("index.js", "exports.handler = 'a';\n");
    char out[300];
    snprintf(out, sizeof out, "%s/out1", tmpdir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *s1 = ccdk_stack_new(app, "S1", NULL);
    ccdk_stack *s2 = ccdk_stack_new(app, "S2", NULL);
    fn(s1, "F1", NULL);
    put("index.js", "exports.handler = 'b';\n");
    fn(s2, "F2", NULL);                                                  /* same key: F1's hash */
    fn(s2, "F3", &(ccdk_asset_options){.follow = CCDK_FOLLOW_NEVER});    /* follow is not in the key */
    CHECK(ccdk_app_synth(app) == 0);
    char k1[80], k2[80];
    CHECK_STR_EQ(s3key(s2, k2), s3key(s1, k1));
    ccdk_app_free(app);
    /* a second App fingerprints the directory as it is now */
    snprintf(out, sizeof out, "%s/out2", tmpdir);
    ccdk_app *app2 = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *t = ccdk_stack_new(app2, "S1", NULL);
    fn(t, "F1", NULL);
    CHECK(ccdk_app_synth(app2) == 0);
    char k3[80];
    CHECK(strcmp(s3key(t, k3), k1) != 0);
    char want[65];
    static const char *const ex[] = {".is_custom_resource", NULL};
    ccdk__fingerprint_opts o = {.exclude = ex, .follow = CCDK_SYMLINK_EXTERNAL};
    CHECK(ccdk__fingerprint(assetdir, &o, want, NULL) == 0);
    CHECK(!strncmp(k3, want, 64));
    ccdk_app_free(app2);
}

/* staged files keep their source's permission bits whatever the umask (fs.copyFileSync's fchmod;
 * stage.c skips it only when the umask took no bit off) */
TEST(staged_modes_whatever_the_umask)
{
    char src[300], dst[300], p[400];
    snprintf(src, sizeof src, "%s/modes", tmpdir);
    mkdir(src, 0755);
    static const int modes[] = {0644, 0755, 0600, 0777, 0640};
    for (int i = 0; i < 5; i++) {
        snprintf(p, sizeof p, "%s/f%d", src, i);
        FILE *f = fopen(p, "w");
        if (!CHECK_RET(f != NULL))
            return;
        fputs("x", f);
        fclose(f);
        chmod(p, (mode_t)modes[i]);
    }
    static const int masks[] = {022, 077, 0};
    for (int m = 0; m < 3; m++) {
        snprintf(dst, sizeof dst, "%s/staged%d", tmpdir, m);
        mode_t old = umask((mode_t)masks[m]);
        char *err = NULL;
        CHECK(ccdk__stage_copy(src, dst, NULL, &err) == 0);
        umask(old);
        free(err);
        for (int i = 0; i < 5; i++) {
            struct stat st;
            snprintf(p, sizeof p, "%s/f%d", dst, i);
            CHECK(stat(p, &st) == 0 && (int)(st.st_mode & 07777) == modes[i]);
        }
    }
}

/* a bundle (Code.fromAsset with local bundling, as NodejsFunction's) is built once per App for the
 * same key, in every stack that uses it; another App bundles again */
static int nbundles;
static int bundle(const char *out, void *ctx)
{
    (void)ctx;
    nbundles++;
    char p[600];
    snprintf(p, sizeof p, "%s/index.js", out);
    FILE *f = fopen(p, "w");
    if (!f)
        return 0;
    fputs("exports.handler = 'bundled';\n", f);
    fclose(f);
    return 1;
}

TEST(bundle_once_per_app)
{
    put("index.js", "exports.handler = 'source';\n");
    for (int round = 0; round < 2; round++) {
        char out[300];
        snprintf(out, sizeof out, "%s/bundled%d", tmpdir, round);
        ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
        nbundles = 0;
        ccdk_stack *st[2];
        for (int k = 0; k < 2; k++) {
            char sid[8];
            snprintf(sid, sizeof sid, "S%d", k);
            st[k] = ccdk_stack_new(app, sid, NULL);
            ccdk_bundling_options b = {
                .image = ccdk_lambda_runtime_bundling_image(st[k], CCDK_LAMBDA_RUNTIME_NODEJS_20_X),
                .command = CCDK_STRS("bash", "-c", "true"),
                .try_bundle = bundle,
            };
            for (int i = 0; i < 3; i++) {
                char id[8];
                snprintf(id, sizeof id, "F%d", i);
                ccdk_lambda_function_new(st[k], id, &(ccdk_lambda_function_props){
                    .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
                    .handler = "index.handler",
                    .code = ccdk_lambda_code_from_asset(st[k], assetdir, &(ccdk_asset_options){
                        .bundling = &b, .asset_hash_type = i == 2 ? CCDK_ASSET_HASH_OUTPUT : CCDK_ASSET_HASH_SOURCE}),
                });
            }
        }
        CHECK(nbundles == 2); /* one SOURCE-hashed bundle and one OUTPUT-hashed, each once */
        CHECK(ccdk_app_synth(app) == 0);
        char k0[80], k1[80];
        CHECK_STR_EQ(s3key(st[1], k1), s3key(st[0], k0));
        ccdk_app_free(app);
    }
}

int main(void)
{
    if (!mkdtemp(tmpdir))
        return 1;
    snprintf(assetdir, sizeof assetdir, "%s/asset", tmpdir);
    mkdir(assetdir, 0755);
    RUN(fingerprint_once_per_app);
    RUN(code_from_asset_staged_once_per_app);
    RUN(staged_modes_whatever_the_umask);
    RUN(bundle_once_per_app);
    ccdk__rm_rf(tmpdir);
    return TEST_DONE();
}
