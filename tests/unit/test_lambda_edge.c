/* test_lambda_edge.c - version.edgeArn and addEnvironment's removeInEdge at the edges the headers
 * state: NULL and wrong handles, what an edgeArn resolves to, the check's error as aws-cdk-lib's
 * resolver wraps it (a failed synth writes nothing), $LATEST, an edgeArn no template uses. The
 * templates themselves are the conformance cases lambda-edge-* and error-lambda-edge-*. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ccdk/lambda.h"
#include "ccdk/lambda_versions.h"
#include "testlib.h"

void ccdk__process_errors_clear(void); /* tests only (src/core/arena.h) */

static char tmpdir[] = "/tmp/ccdk-test-lambda-edge-XXXXXX";

static ccdk_app *new_app(const char *name, char *outdir, size_t n)
{
    snprintf(outdir, n, "%s/%s", tmpdir, name);
    return ccdk_app_new(&(ccdk_app_props){.outdir = outdir, .quiet = 1});
}

static ccdk_lambda_function *new_fn(ccdk_stack *stack, const char *id)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
}

TEST(null_and_wrong_handles)
{
    char outdir[4400];
    ccdk_app *app = new_app("handles", outdir, sizeof outdir);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = new_fn(stack, "Fn");
    /* a getter: NULL for NULL, and nothing recorded */
    ccdk__process_errors_clear();
    CHECK(ccdk_lambda_version_edge_arn(NULL) == NULL);
    CHECK_INT_EQ((long long)ccdk_process_error_count(), 0);
    /* a NULL key: an error on the process-wide list (the variable would be missing) */
    ccdk_lambda_function_add_environment_with_options(fn, NULL, "v", NULL);
    CHECK_INT_EQ((long long)ccdk_app_error_count(app), 0);
    CHECK_INT_EQ((long long)ccdk_process_error_count(), 1);
    CHECK_STR_EQ(ccdk_process_error(0), "ccdk_lambda_function_add_environment_with_options: key is NULL");
    ccdk__process_errors_clear();
    /* a mutator: a NULL fn is an error on the process-wide list (the change would be missing) */
    ccdk_lambda_function_add_environment_with_options(NULL, "K", "v", &(ccdk_lambda_environment_options){0});
    CHECK_INT_EQ((long long)ccdk_process_error_count(), 1);
    CHECK_STR_EQ(ccdk_process_error(0), "ccdk_lambda_function_add_environment_with_options: the handle is NULL");
    ccdk__process_errors_clear();
    /* a construct that is not a version: NULL and an error on its App */
    CHECK(ccdk_lambda_version_edge_arn((ccdk_lambda_version *)(void *)fn) == NULL);
    CHECK_INT_EQ((long long)ccdk_app_error_count(app), 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "TestStack/Fn: Expected a Lambda version");
    ccdk_app_free(app);
}

/* stack.resolve(version.edgeArn) is the version's Ref (aws-cdk's 'edgeArn' test); one token per
 * version; an import's edgeArn is its ARN */
TEST(edge_arn_values)
{
    char outdir[4400];
    ccdk_app *app = new_app("values", outdir, sizeof outdir);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = new_fn(stack, "Fn");
    ccdk_lambda_version *v = ccdk_lambda_function_current_version(fn);
    const char *edge = ccdk_lambda_version_edge_arn(v);
    CHECK(edge != NULL);
    CHECK(edge == ccdk_lambda_version_edge_arn(v));
    CHECK(ccdk_token_is_unresolved(edge));
    const char *want = ccdk_stack_resolve(stack, ccdk_lambda_version_arn(v));
    CHECK_CONTAINS(want, "\"Ref\"");
    CHECK_STR_EQ(ccdk_stack_resolve(stack, edge), want);
    const char *arn = "arn:aws:lambda:us-east-1:123456789012:function:f:3";
    ccdk_lambda_version *imported = ccdk_lambda_version_from_version_arn(stack, "Imported", arn);
    CHECK_STR_EQ(ccdk_lambda_version_edge_arn(imported), arn);
    CHECK_INT_EQ((long long)ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

/* The check's error from a CfnOutput's value: one token around it, so one "Resolution error: "
 * and one "." (as aws-cdk-lib 2.276 throws it), the variables left in the order added; a key added
 * again takes the options of its last add. Nothing is written. */
TEST(edge_error_in_output)
{
    char outdir[4400];
    ccdk_app *app = new_app("output-error", outdir, sizeof outdir);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = new_fn(stack, "Fn");
    const ccdk_lambda_environment_options edge = {.remove_in_edge = CCDK_TRUE};
    ccdk_lambda_function_add_environment_with_options(fn, "A", "1", &edge);
    ccdk_lambda_function_add_environment(fn, "B", "2");
    ccdk_lambda_function_add_environment(fn, "C", "3");
    ccdk_lambda_function_add_environment_with_options(fn, "C", "3", &edge); /* removed after all */
    ccdk_lambda_function_add_environment_with_options(fn, "D", "4", &edge);
    ccdk_lambda_function_add_environment_with_options(fn, "D", "4", NULL);  /* kept after all */
    ccdk_cfn_output_new(stack, "EdgeArn", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_version_edge_arn(ccdk_lambda_function_current_version(fn))});
    CHECK(ccdk_app_synth(app) != 0);
    CHECK_INT_EQ((long long)ccdk_app_error_count(app), 1);
    const char *e = ccdk_app_error(app, 0);
    CHECK_STR_EQ(e, "Resolution error: The function TestStack/Fn contains environment variables [B,D] and is not "
                    "compatible with Lambda@Edge. Environment variables can be marked for removal when used in "
                    "Lambda@Edge by setting the 'removeInEdge' property in the 'addEnvironment()' API..");
    CHECK(access(outdir, F_OK) != 0);
    ccdk_app_free(app);
}

/* $LATEST: fn.latestVersion and an import of "$LATEST" fail at once, on the version */
TEST(latest_version)
{
    char outdir[4400];
    ccdk_app *app = new_app("latest", outdir, sizeof outdir);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = new_fn(stack, "Fn");
    ccdk_lambda_version *latest = ccdk_lambda_function_latest_version(fn);
    CHECK_STR_EQ(ccdk_lambda_version_edge_arn(latest), ccdk_lambda_version_arn(latest));
    CHECK_INT_EQ((long long)ccdk_app_error_count(app), 1);
    CHECK_STR_EQ(ccdk_app_error(app, 0), "TestStack/Fn/$LATEST: $LATEST function version cannot be used for Lambda@Edge");
    ccdk_lambda_version *imp = ccdk_lambda_version_from_version_arn(
        stack, "Imported", "arn:aws:lambda:region:account-id:function:function-name:$LATEST");
    CHECK(ccdk_lambda_version_edge_arn(imp) != NULL);
    CHECK_INT_EQ((long long)ccdk_app_error_count(app), 2);
    CHECK_STR_EQ(ccdk_app_error(app, 1), "TestStack/Imported: $LATEST function version cannot be used for Lambda@Edge");
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(access(outdir, F_OK) != 0);
    ccdk_app_free(app);
}

/* an edgeArn that no template holds checks nothing: the variables stay, the synth passes */
TEST(unused_edge_arn)
{
    char outdir[4400];
    ccdk_app *app = new_app("unused", outdir, sizeof outdir);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = new_fn(stack, "Fn");
    ccdk_lambda_function_add_environment(fn, "KEEP", "k");
    ccdk_lambda_function_add_environment_with_options(fn, "EDGE_ONLY", "e",
                                                      &(ccdk_lambda_environment_options){.remove_in_edge = CCDK_TRUE});
    CHECK(ccdk_lambda_version_edge_arn(ccdk_lambda_function_current_version(fn)) != NULL);
    CHECK(ccdk_app_synth(app) == 0);
    const char *tpl = ccdk_stack_template_json(stack);
    CHECK_CONTAINS(tpl, "\"KEEP\"");
    CHECK_CONTAINS(tpl, "\"EDGE_ONLY\"");
    ccdk_app_free(app);
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    RUN(null_and_wrong_handles);
    RUN(edge_arn_values);
    RUN(edge_error_in_output);
    RUN(latest_version);
    RUN(unused_edge_arn);
    char cmd[4400];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", tmpdir);
    return TEST_DONE();
}
