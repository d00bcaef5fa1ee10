/* test_synth.c - the synth pipeline of large apps: helper threads (block prefetcher, template
 * writer), recycled scratch arenas and streamed output must not change a byte, and a synth that
 * fails while templates are being written must leave the output directory as it was.
 *
 * Every app is synthesized twice, with threads and with CCDK_NO_THREADS=1 (everything on the
 * calling thread), and the two cloud assemblies are compared file by file. The templates
 * themselves are checked against aws-cdk-lib by bench-smoke and the conformance suite. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ccdk/lambda.h"
#include "ccdk/lambda_versions.h"
#include "internal.h"
#include "testlib.h"

static char tmpdir[] = "/tmp/ccdk-test-synth-XXXXXX";

static char *slurp(const char *path, size_t *len) { return ccdk__read_file(path, len); }

/* the same files with the same bytes in both directories; returns the number of files */
static int same_dirs(const char *a, const char *b)
{
    DIR *d = opendir(a);
    if (!d)
        return -1;
    int n = 0, bad = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char pa[4096], pb[4096];
        snprintf(pa, sizeof pa, "%s/%s", a, e->d_name);
        snprintf(pb, sizeof pb, "%s/%s", b, e->d_name);
        size_t la = 0, lb = 0;
        char *x = slurp(pa, &la), *y = slurp(pb, &lb);
        if (!x || !y || la != lb || memcmp(x, y, la)) {
            fprintf(stderr, "    %s differs from %s\n", pa, pb);
            bad++;
        }
        free(x);
        free(y);
        n++;
    }
    closedir(d);
    /* nothing extra on b's side */
    d = opendir(b);
    int nb = 0;
    while (d && (e = readdir(d)))
        nb += e->d_name[0] != '.';
    if (d)
        closedir(d);
    return bad || nb != n ? -1 : n;
}

/* entries of tmpdir whose name contains part: temporary or old output directories left behind */
static int leftovers(const char *part)
{
    DIR *d = opendir(tmpdir);
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)))
        n += strstr(e->d_name, part) != NULL;
    if (d)
        closedir(d);
    return n;
}

/* nstacks x per functions, each with an alias and an environment variable; with cross set, the
 * last function's environment holds a token no App made (an error at render: "Unrecognized
 * token key"; a reference to a function of the first stack was that error once). */
static int build_and_synth(const char *outdir, int nstacks, int per, int cross, size_t *nnodes)
{
    /* stacks of up to 200 functions with aliases: over aws-cdk-lib's 500 resources, so the limit is off */
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = outdir, .quiet = 1,
                                                  .context = CCDK_KVS({"@aws-cdk/core:stackResourceLimit", "0"})});
    ccdk_lambda_function *first = NULL;
    for (int s = 0; s < nstacks; s++) {
        char sid[32];
        snprintf(sid, sizeof sid, "Stack%d", s);
        ccdk_stack *stack = ccdk_stack_new(app, sid, NULL);
        for (int i = 0; i < per; i++) {
            char id[32], val[64];
            snprintf(id, sizeof id, "Fn%d", i);
            snprintf(val, sizeof val, "value-%d-%d", s, i);
            const char *v = val;
            if (cross && s == nstacks - 1 && i == per - 1 && first)
                v = "${Token[TOKEN.987654321]}";
            ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
                .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
                .handler = "index.handler",
                .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 'ok';"),
                .timeout = ccdk_duration_seconds(10 + i % 7),
                .environment = CCDK_KVS({"VALUE", v}),
            });
            ccdk_lambda_function_add_alias(fn, i % 3 ? "live" : "prod", NULL);
            if (!first)
                first = fn;
        }
    }
    if (nnodes)
        *nnodes = app->nnodes;
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc;
}

TEST(threads_change_no_byte)
{
    /* 3 stacks of 70: past the thread threshold (300 constructs), several templates in flight */
    char a[4200], b[4200];
    snprintf(a, sizeof a, "%s/threads", tmpdir);
    snprintf(b, sizeof b, "%s/single", tmpdir);
    size_t nodes = 0;
    unsetenv("CCDK_NO_THREADS");
    CHECK(build_and_synth(a, 3, 70, 0, &nodes) == 0);
    CHECK(nodes >= 300);
    setenv("CCDK_NO_THREADS", "1", 1);
    CHECK(build_and_synth(b, 3, 70, 0, NULL) == 0);
    unsetenv("CCDK_NO_THREADS");
    int n = same_dirs(a, b);
    CHECK(n == 3 * 3 + 4); /* templates, asset manifests and metadata files, manifest.json, tree.json, cdk.out,
                            * validation-report.json */
}

TEST(many_small_stacks_change_no_byte)
{
    /* 60 stacks of 3: the writer thread has three files to make per stack and falls behind, so the
     * calling thread writes some stacks' files itself (render_stack) -- the same bytes either way */
    char a[4200], b[4200];
    snprintf(a, sizeof a, "%s/small-threads", tmpdir);
    snprintf(b, sizeof b, "%s/small-single", tmpdir);
    size_t nodes = 0;
    unsetenv("CCDK_NO_THREADS");
    CHECK(build_and_synth(a, 60, 3, 0, &nodes) == 0);
    CHECK(nodes >= 300);
    setenv("CCDK_NO_THREADS", "1", 1);
    CHECK(build_and_synth(b, 60, 3, 0, NULL) == 0);
    unsetenv("CCDK_NO_THREADS");
    CHECK(same_dirs(a, b) == 60 * 3 + 4);
}

/* Every stack's metadata: warnings (one acknowledged), infos and stack tags on the constructs, the
 * resource-count info; the middle stack's template over 800 KB (its size warning is added once
 * every template is written, so its metadata is not the writer thread's). */
static int build_annotated(const char *outdir, int no_logical_ids)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .outdir = outdir, .quiet = 1,
        .context = no_logical_ids ? CCDK_KVS({"aws:cdk:disable-logicalId-metadata", "true"})
                                  : CCDK_KVS({"unused", "1"})});
    for (int s = 0; s < 4; s++) {
        char sid[32];
        snprintf(sid, sizeof sid, "Stack%d", s);
        /* Stack1 in an environment (its asset destinations have a region), Stack3 with the CLI's
         * credentials (no role); every stack with file assets, one of them shared by two stacks */
        ccdk_stack *stack = ccdk_stack_new(app, sid, &(ccdk_stack_props){
            .account = s == 1 ? "123456789012" : NULL, .region = s == 1 ? "eu-west-1" : NULL,
            .cli_credentials_synthesizer = s == 3 ? &(ccdk_cli_credentials_stack_synthesizer_props){0} : NULL});
        if (s % 2)
            ccdk_tags_add(stack, "team", "blue");
        char adir[4300];
        snprintf(adir, sizeof adir, "%s/asset-%d", tmpdir, s % 3);
        ccdk_lambda_function_new(stack, "FromAsset", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_asset(stack, adir, NULL),
        });
        for (int i = 0; i < 90; i++) {
            char id[32];
            snprintf(id, sizeof id, "Fn%d", i);
            ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
                .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
                .handler = "index.handler",
                .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 'ok';"),
            });
            if (i % 3 == 0)
                ccdk_annotations_add_warning(fn, "test:warn", "a warning");
            if (i % 5 == 0)
                ccdk_annotations_add_info(fn, "an info");
        }
        if (s == 2) {
            /* ~900 KB of template */
            size_t n = 900000;
            char *big = malloc(n + 1);
            memset(big, 'x', n);
            big[n] = 0;
            ccdk_value *props = ccdk_v_object(stack);
            ccdk_v_set(props, "Description", ccdk_v_string(stack, big));
            ccdk_cfn_resource_new(stack, "Big", "AWS::CloudFormation::WaitConditionHandle", props);
            free(big);
        }
        if (s == 3)
            ccdk_annotations_acknowledge_warning(stack, "test:warn", "known");
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc;
}

TEST(threads_write_the_same_metadata)
{
    for (int k = 0; k < 3; k++) {
        char d[4300], f[4400];
        snprintf(d, sizeof d, "%s/asset-%d", tmpdir, k);
        CHECK(mkdir(d, 0755) == 0);
        snprintf(f, sizeof f, "%s/index.js", d);
        FILE *fp = fopen(f, "w");
        CHECK(fp != NULL);
        if (fp) {
            fprintf(fp, "exports.handler = async () => %d;\n", k);
            fclose(fp);
        }
    }
    for (int nolid = 0; nolid < 2; nolid++) {
        char a[4200], b[4200];
        snprintf(a, sizeof a, "%s/meta-threads-%d", tmpdir, nolid);
        snprintf(b, sizeof b, "%s/meta-single-%d", tmpdir, nolid);
        unsetenv("CCDK_NO_THREADS");
        size_t flushes = ccdk__early_flush_count();
        CHECK(build_annotated(a, nolid) == 0);
        /* the ~900 KB template is flushed early, while the last stack is resolved (synth.c's
         * flusher thread), unless the assembly is not flushed at all */
        if (!getenv("CCDK_NO_FSYNC"))
            CHECK(ccdk__early_flush_count() > flushes);
        setenv("CCDK_NO_THREADS", "1", 1);
        flushes = ccdk__early_flush_count();
        CHECK(build_annotated(b, nolid) == 0);
        CHECK(ccdk__early_flush_count() == flushes); /* no thread: no early flush */
        unsetenv("CCDK_NO_THREADS");
        CHECK(same_dirs(a, b) == 4 * 3 + 4 + 3); /* and the three staged assets */
        /* the entries are there: a warning, an info, the tags, the size warning */
        char p[4300];
        snprintf(p, sizeof p, "%s/Stack1.metadata.json", a);
        size_t len = 0;
        char *m = slurp(p, &len);
        CHECK(m && strstr(m, "\"a warning [ack: test:warn]\"") && strstr(m, "\"an info\"") &&
              strstr(m, "aws:cdk:stack-tags"));
        CHECK(m && (strstr(m, "aws:cdk:logicalId") == NULL) == nolid);
        free(m);
        snprintf(p, sizeof p, "%s/Stack2.metadata.json", a);
        m = slurp(p, &len);
        CHECK(m && strstr(m, "@aws-cdk/core:Stack.templateSize"));
        free(m);
        snprintf(p, sizeof p, "%s/Stack3.metadata.json", a);
        m = slurp(p, &len);
        CHECK(m && !strstr(m, "a warning") && strstr(m, "an info"));
        free(m);
    }
}

TEST(repeated_synths_are_identical)
{
    /* recycled scratch blocks and prefetched blocks are zeroed: a second app in the same process
     * writes the same bytes as the first */
    char a[4200], b[4200];
    snprintf(a, sizeof a, "%s/first", tmpdir);
    snprintf(b, sizeof b, "%s/second", tmpdir);
    CHECK(build_and_synth(a, 2, 200, 0, NULL) == 0);
    CHECK(build_and_synth(b, 2, 200, 0, NULL) == 0);
    CHECK(same_dirs(a, b) == 2 * 3 + 4);
}

TEST(failure_while_writing_leaves_outdir)
{
    char out[4200], marker[4300];
    snprintf(out, sizeof out, "%s/kept", tmpdir);
    snprintf(marker, sizeof marker, "%s/marker", out);
    mkdir(out, 0755);
    FILE *f = fopen(marker, "w");
    fputs("old", f);
    fclose(f);
    for (int threads = 0; threads < 2; threads++) {
        if (threads)
            unsetenv("CCDK_NO_THREADS");
        else
            setenv("CCDK_NO_THREADS", "1", 1);
        /* the cross-stack reference is found while the last stack is resolved, after the writer
         * has written the others */
        CHECK(build_and_synth(out, 3, 60, 1, NULL) != 0);
        size_t len = 0;
        char *m = slurp(marker, &len);
        CHECK(m && !strcmp(m, "old"));
        free(m);
        CHECK(leftovers(".ccdk-") == 0);
    }
    unsetenv("CCDK_NO_THREADS");
}

/* A validation hook that adds a construct (aws-cdk-lib allows it: the tree is locked only after
 * validation) while the writer thread may be writing tree.json: the construct waits for the
 * writer (app->tree_mu), and tree.json is written again with it. */
static void add_child_on_validate(ccdk__node *n) { (ccdk_construct_new)(n, "AddedDuringValidation"); }
/* first in tree order, so that validation reaches it while the writer may be starting on the tree */
static void add_resource_on_validate(ccdk__node *n)
{
    ccdk_construct *c = (ccdk_construct_new)(n, "AddedFirst");
    ccdk_cfn_resource_new(c, "Queue", "AWS::SQS::Queue", NULL);
}
static const ccdk__kind kind_adds_resource = {.fqn = "test.AddsResourceOnValidate", .validate = add_resource_on_validate};
static const ccdk__kind kind_adds_child = {.fqn = "test.AddsChildOnValidate", .validate = add_child_on_validate};
static void fail_on_validate(ccdk__node *n) { ccdk__error(n, "invalid on purpose"); }
static const ccdk__kind kind_fails = {.fqn = "test.FailsOnValidate", .validate = fail_on_validate};

static int synth_with_hook(const char *outdir, int fail_validation)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = outdir, .quiet = 1,
                                                  .context = CCDK_KVS({"@aws-cdk/core:stackResourceLimit", "0"})});
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk__node *early = ccdk__alloc(app, sizeof *early);
    ccdk__node_init(early, &kind_adds_resource, stack, "EarlyHook");
    for (int i = 0; i < 150; i++) {
        char id[32];
        snprintf(id, sizeof id, "Fn%d", i);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 'ok';"),
        });
        ccdk_lambda_function_add_alias(fn, "live", NULL);
    }
    /* last in tree order: validated after the writer has had time to start on the tree */
    ccdk__node *hook = ccdk__alloc(app, sizeof *hook);
    ccdk__node_init(hook, &kind_adds_child, stack, "Hook");
    if (fail_validation) {
        ccdk__node *bad = ccdk__alloc(app, sizeof *bad);
        ccdk__node_init(bad, &kind_fails, stack, "Bad");
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc;
}

TEST(construct_added_during_validation_is_in_tree)
{
    char a[4200], b[4200], tree[4300];
    snprintf(a, sizeof a, "%s/hook-threads", tmpdir);
    snprintf(b, sizeof b, "%s/hook-single", tmpdir);
    unsetenv("CCDK_NO_THREADS");
    CHECK(synth_with_hook(a, 0) == 0);
    setenv("CCDK_NO_THREADS", "1", 1);
    CHECK(synth_with_hook(b, 0) == 0);
    unsetenv("CCDK_NO_THREADS");
    CHECK(same_dirs(a, b) == 3 + 4);
    snprintf(tree, sizeof tree, "%s/tree.json", a);
    size_t len = 0;
    char *t = slurp(tree, &len);
    CHECK(t && strstr(t, "\"path\":\"Stack/Hook/AddedDuringValidation\""));
    CHECK(t && strstr(t, "\"path\":\"Stack/EarlyHook/AddedFirst/Queue\""));
    free(t);
}

TEST(validation_error_leaves_no_temp_dir)
{
    /* the writer thread starts on tree.json before validation: a failed validation removes it */
    char out[4200];
    snprintf(out, sizeof out, "%s/invalid", tmpdir);
    CHECK(synth_with_hook(out, 1) != 0);
    struct stat st;
    CHECK(stat(out, &st) != 0);
    CHECK(leftovers("invalid.ccdk-") == 0);
    /* nor a directory: an output directory whose parent does not exist yet */
    char deep[4300], parent[4300];
    snprintf(parent, sizeof parent, "%s/not-there", tmpdir);
    snprintf(deep, sizeof deep, "%s/sub/cdk.out", parent);
    CHECK(synth_with_hook(deep, 1) != 0);
    CHECK(stat(parent, &st) != 0);
    /* and a good synth there makes the directories */
    CHECK(synth_with_hook(deep, 0) == 0);
    CHECK(stat(deep, &st) == 0);
}

/* Stage.synth after constructs were added to a synthesized tree: aws-cdk-lib's error, the paths in
 * the tree's preorder sorted by length (aws-cdk-lib 2.276 says "+Z1, +S1/X, +S2/Y" for this app);
 * the same synth again without changes succeeds */
TEST(synth_after_adding_constructs_fails)
{
    char out[4200];
    snprintf(out, sizeof out, "%s/added-after", tmpdir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *s1 = ccdk_stack_new(app, "S1", NULL);
    ccdk_stack *s2 = ccdk_stack_new(app, "S2", NULL);
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    ccdk_cfn_resource_new(s2, "Y", "T::T::T", NULL);
    ccdk_cfn_resource_new(s1, "X", "T::T::T", NULL);
    ccdk_stack *z = ccdk_stack_new(app, "Z1", NULL);
    ccdk_cfn_resource_new(z, "R", "T::T::T", NULL); /* covered by +Z1 */
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    CHECK(ccdk_app_synth(app) != 0);
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "the construct tree was modified after the first synthesis (+Z1, +S1/X, +S2/Y) "
                                           "This is not allowed.");
    CHECK(ccdk_app_synth(app) != 0);
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    ccdk_app_free(app);
}

static void add_two_errors(void *construct, void *ctx, ccdk_validation_errors *errors)
{
    (*(int *)ctx)++;
    ccdk_validation_errors_add(errors, ccdk_node_id((ccdk_construct *)construct));
    ccdk_validation_errors_add(NULL, "nothing");
}

/* node.addValidation: called once per synth attempt, its messages as "[path] message" errors; a
 * NULL list is an error on the process-wide list (api-sweep's rule), which the synth takes too */
TEST(node_add_validation)
{
    char out[4200];
    snprintf(out, sizeof out, "%s/add-validation", tmpdir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_construct *c = ccdk_construct_new(stack, "C");
    int calls = 0;
    ccdk_node_add_validation(c, add_two_errors, &calls);
    CHECK(ccdk_app_synth(app) != 0);
    CHECK_INT_EQ(calls, 1);
    int found = 0;
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        found |= strstr(ccdk_app_error(app, i), "[S/C] C") != NULL;
    CHECK(found);
    int null_list = 0;
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        null_list |= strstr(ccdk_app_error(app, i), "ccdk_validation_errors_add: errors is NULL") != NULL;
    CHECK(null_list);
    CHECK_INT_EQ(ccdk_app_error_count(app), 2);
    ccdk_app_free(app);
    ccdk__process_errors_clear(); /* (this process's later synths) */
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    RUN(threads_change_no_byte);
    RUN(many_small_stacks_change_no_byte);
    RUN(threads_write_the_same_metadata);
    RUN(repeated_synths_are_identical);
    RUN(synth_after_adding_constructs_fails);
    RUN(node_add_validation);
    RUN(failure_while_writing_leaves_outdir);
    RUN(construct_added_during_validation_is_in_tree);
    RUN(validation_error_leaves_no_temp_dir);
    if (ccdk__rm_rf(tmpdir) != 0)
        fprintf(stderr, "could not remove %s\n", tmpdir);
    return TEST_DONE();
}
