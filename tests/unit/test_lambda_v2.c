/* test_lambda_v2.c - the Function props of issue 16 part 1 (include/ccdk/lambda_v2.h) that the
 * conformance cases cannot see: annotations (warnings, infos) and ccdk's own checks of C input that
 * TypeScript's types refuse. The annotation texts are aws-cdk-lib 2.276.0's, taken from the
 * S.metadata.json it writes for the same props. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <ccdk/lambda.h>

#include "testlib.h"

void ccdk__process_errors_clear(void); /* tests only (src/core/arena.h) */

static ccdk_lambda_function_props base(ccdk_stack *s)
{
    return (ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(s, "x"),
    };
}

/* the whole of a file, malloc'd ("" when missing) */
static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return strdup("");
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = calloc(1, (size_t)n + 1);
    if (fread(s, 1, (size_t)n, f) != (size_t)n)
        s[0] = 0;
    fclose(f);
    return s;
}

/* the error messages of an app, joined */
static int has_error(ccdk_app *app, const char *message, const char *path)
{
    for (size_t i = 0; i < ccdk_app_error_count(app); i++) {
        const char *e = ccdk_app_error(app, i);
        if (strstr(e, message) && (!path || strstr(e, path)))
            return 1;
    }
    return 0;
}

TEST(snap_start_warning_and_durable_info)
{
    char dir[] = "/tmp/ccdk-v2props-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = dir, .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function_props p = base(s);
    p.snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS;
    p.durable_config = &(ccdk_lambda_durable_config){.execution_timeout = ccdk_duration_minutes(1)};
    ccdk_lambda_function_new(s, "F", &p);
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    int warned = 0;
    for (size_t i = 0; i < ccdk_app_warning_count(app); i++)
        warned |= !strcmp(ccdk_app_warning(app, i), "SnapStart only supports published Lambda versions. Ignore if function "
                                                     "already has published versions. [ack: @aws-cdk/aws-lambda:snapStartRequirePublish]");
    CHECK(warned);
    char path[600];
    snprintf(path, sizeof path, "%s/S.metadata.json", dir);
    char *meta = slurp(path);
    snprintf(path, sizeof path, "%s/manifest.json", dir);
    char *manifest = slurp(path);
    const char *info = "Modifying an existing lambda to use durability will trigger a resource replacement "
                       "[ack: aws-lambda:Function.DurableConfig]";
    CHECK(strstr(meta, info) || strstr(manifest, info));
    CHECK(strstr(meta, "aws:cdk:info") || strstr(manifest, "aws:cdk:info"));
    free(meta);
    free(manifest);
    ccdk_app_free(app);
    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK_INT_EQ(system(cmd), 0);
}

/* C input TypeScript refuses: ccdk's own messages, on the function */
TEST(c_only_checks)
{
    struct {
        const char *what;
        ccdk_lambda_function_props props;
    } cases[] = {
        {"paramsAndSecrets: give exactly one of version (fromVersion) and version_arn (fromVersionArn)",
         {.params_and_secrets = &(ccdk_lambda_params_and_secrets){.version = NULL}}},
        {"paramsAndSecrets: give exactly one of version (fromVersion) and version_arn (fromVersionArn)",
         {.params_and_secrets = &(ccdk_lambda_params_and_secrets){.version = "1.0.103", .version_arn = "arn:aws:lambda:::x"}}},
        {"adotInstrumentation.execWrapper is required",
         {.adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){.layer_version = {CCDK_LAMBDA_ADOT_LAYER_GENERIC, NULL}}}},
        {"adotInstrumentation.layerVersion is required",
         {.adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
              .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_INSTRUMENT_HANDLER}}},
        {"durableConfig.executionTimeout is required", {.durable_config = &(ccdk_lambda_durable_config){.retention_period = {0}}}},
        {"recursiveLoop: 7 is not a valid ccdk_lambda_recursive_loop", {.recursive_loop = (ccdk_lambda_recursive_loop)7}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
        ccdk_stack *s = ccdk_stack_new(app, "S", &(ccdk_stack_props){.region = "us-east-1"});
        ccdk_lambda_function_props p = cases[i].props;
        ccdk_lambda_function_props b = base(s);
        p.runtime = b.runtime;
        p.handler = b.handler;
        p.code = b.code;
        ccdk_lambda_function_new(s, "F", &p);
        CHECK_MSG(ccdk_app_synth(app) != 0, "case %zu synthesized", i);
        CHECK_MSG(has_error(app, cases[i].what, "S/F"), "case %zu: no error \"%s\"", i, cases[i].what);
        ccdk_app_free(app);
    }
}

/* every AdotLambdaLayer*Version class has its LATEST in the generated table, and a bad type has none */
TEST(adot_latest)
{
    for (int t = CCDK_LAMBDA_ADOT_LAYER_JAVA_SDK; t <= CCDK_LAMBDA_ADOT_LAYER_GENERIC; t++)
        CHECK_MSG(ccdk_lambda_adot_latest_version((ccdk_lambda_adot_layer_type)t) != NULL, "type %d", t);
    CHECK(ccdk_lambda_adot_latest_version(CCDK_LAMBDA_ADOT_LAYER_UNSET) == NULL);
    size_t before = ccdk_process_error_count();
    CHECK(ccdk_lambda_adot_latest_version((ccdk_lambda_adot_layer_type)99) == NULL);
    /* no construct: the bad type is a process-wide error (it would fail every synth after it) */
    CHECK(ccdk_process_error_count() == before + 1);
    CHECK(strstr(ccdk_process_error(before), "ccdk_lambda_adot_latest_version: 99 is not a valid ccdk_lambda_adot_layer_type"));
    ccdk__process_errors_clear();
}

int main(void)
{
    RUN(snap_start_warning_and_durable_info);
    RUN(c_only_checks);
    RUN(adot_latest);
    return TEST_DONE();
}
