/* test_function_errors.c - lambda.Function validations (GitHub issue 4): each bad input makes
 * ccdk_app_synth() fail with aws-cdk-lib 2.276.0's message and the construct path, and leaves the
 * output directory exactly as it was. The expected messages were taken from aws-cdk-lib by running
 * the same inputs through it. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

#include "testlib.h"

static const char MARKER[] = "left here by the test; synth must not touch it\n";

static char *make_outdir(void)
{
    char *dir = strdup("/tmp/ccdk-fnerr-XXXXXX");
    if (!dir || !mkdtemp(dir))
        abort();
    char path[512];
    snprintf(path, sizeof path, "%s/marker.txt", dir);
    FILE *f = fopen(path, "w");
    if (!f)
        abort();
    fputs(MARKER, f);
    fclose(f);
    return dir;
}

/* The directory holds marker.txt with its content, and nothing else. */
static int outdir_untouched(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int entries = 0, ok = 1;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        entries++;
        if (strcmp(e->d_name, "marker.txt"))
            ok = 0;
    }
    closedir(d);
    char path[512], buf[256] = {0};
    snprintf(path, sizeof path, "%s/marker.txt", dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    return ok && entries == 1 && n == strlen(MARKER) && !memcmp(buf, MARKER, n);
}

static void remove_outdir(char *dir)
{
    char path[512];
    snprintf(path, sizeof path, "%s/marker.txt", dir);
    unlink(path);
    rmdir(dir);
    free(dir);
}

typedef void (*build_fn)(ccdk_stack *stack);

/* Builds the app, synthesizes, and checks the failure: one error holds `message` and, when given,
 * `path` (aws-cdk-lib's UnscopedValidationErrors carry no construct path). */
static void expect_failure(build_fn build, const char *message, const char *path)
{
    char *dir = make_outdir();
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = dir, .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    build(stack);
    int rc = ccdk_app_synth(app);
    CHECK_MSG(rc != 0, "synth succeeded; expected: %s", message);
    size_t n = ccdk_app_error_count(app);
    int found = 0;
    for (size_t i = 0; i < n && !found; i++) {
        const char *e = ccdk_app_error(app, i);
        found = strstr(e, message) && (!path || strstr(e, path));
    }
    CHECK_MSG(found, "no error contains \"%s\" and \"%s\"", message, path ? path : "");
    if (!found)
        for (size_t i = 0; i < n; i++)
            fprintf(stderr, "      error %zu: %s\n", i, ccdk_app_error(app, i));
    CHECK_MSG(outdir_untouched(dir), "output directory %s changed", dir);
    ccdk_app_free(app);
    remove_outdir(dir);
}

static ccdk_lambda_function_props base(ccdk_stack *s)
{
    return (ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(s, "x"),
    };
}

/* ------------------------------------------------------------------ the bad inputs */

static void b_name_long(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    p.function_name = "my-function-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"; /* 72 characters */
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_name_chars(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    p.function_name = "bad name!";
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_description(ccdk_stack *s)
{
    char d[258];
    memset(d, 'd', 257);
    d[257] = 0;
    ccdk_lambda_function_props p = base(s);
    p.description = d;
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_ephemeral_small(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    p.ephemeral_storage_size = ccdk_size_mebibytes(256);
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_ephemeral_big(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    p.ephemeral_storage_size = ccdk_size_gibibytes(20);
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_dlq_queue_and_topic(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    p.dead_letter_queue = ccdk_sqs_queue_new(s, "Q", NULL);
    p.dead_letter_topic = ccdk_sns_topic_new(s, "T", NULL);
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_dlq_enabled_and_topic(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    p.dead_letter_queue_enabled = CCDK_TRUE;
    p.dead_letter_topic = ccdk_sns_topic_new(s, "T", NULL);
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_dlq_disabled_with_queue(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    p.dead_letter_queue_enabled = CCDK_FALSE;
    p.dead_letter_queue = ccdk_sqs_queue_new(s, "Q", NULL);
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_reserved_env(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    p.environment = CCDK_KVS({"AWS_REGION", "x"});
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_reserved_env_added(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    ccdk_lambda_function_add_environment(ccdk_lambda_function_new(s, "F", &p), "_HANDLER", "x");
}
static void b_inline_java(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    p.runtime = CCDK_LAMBDA_RUNTIME_JAVA_21;
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_inline_empty(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    p.code = ccdk_lambda_code_from_inline(s, "");
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_timeout_alarm_no_threshold(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(s, "F", &p);
    ccdk_cloudwatch_alarm_new(s, "A", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_errors(fn, NULL), .evaluation_periods = CCDK_NUM(1)});
}
static void b_metric_period(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(s, "F", &p);
    ccdk_lambda_function_metric_duration(fn, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_seconds(45)});
}
static void b_import_grant(ccdk_stack *s)
{
    ccdk_lambda_function *fn =
        ccdk_lambda_function_from_function_arn(s, "I", "arn:aws:lambda:us-east-1:123456789012:function:X");
    ccdk_lambda_function_grant_invoke(fn, ccdk_iam_service_principal(s, "x.amazonaws.com"));
}
static void b_unsupported_conditions(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(s, "F", &p);
    ccdk_iam_principal *pr = ccdk_iam_principal_with_conditions(
        ccdk_iam_service_principal(s, "s3.amazonaws.com"), ccdk_v_json(s, "{\"StringLike\":{\"aws:Foo\":\"bar\"}}"));
    ccdk_lambda_function_add_permission(fn, "P", &(ccdk_lambda_permission){.principal = pr});
}
static void b_org_with_other_conditions(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(s, "F", &p);
    ccdk_iam_principal *pr = ccdk_iam_principal_with_conditions(
        ccdk_iam_organization_principal(s, "o-1234567890"),
        ccdk_v_json(s, "{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:s3:::b\"}}"));
    ccdk_lambda_function_add_permission(fn, "P", &(ccdk_lambda_permission){.principal = pr});
}
static void b_org_id(ccdk_stack *s) { ccdk_iam_organization_principal(s, "o-1234"); }
static void b_layers(ccdk_stack *s)
{
    /* six imported layers: the sixth is one too many */
    ccdk_lambda_function_props p = base(s);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(s, "F", &p);
    static ccdk_lambda_layer_version *layers[7];
    for (int i = 0; i < 6; i++) {
        char arn[128];
        snprintf(arn, sizeof arn, "arn:aws:lambda:us-east-1:123456789012:layer:l%d:1", i);
        char id[8];
        snprintf(id, sizeof id, "L%d", i);
        layers[i] = ccdk_lambda_layer_version_from_layer_version_arn(s, id, arn);
    }
    ccdk_lambda_function_add_layers(fn, (ccdk_lambda_layer_list)CCDK_LIST_N(layers, 6));
}
static void b_statement_no_resource(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(s, "F", &p);
    ccdk_lambda_function_add_to_role_policy(fn, ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetObject")}));
}
static void b_statement_no_action(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(s, "F", &p);
    ccdk_lambda_function_add_to_role_policy(fn, ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS("*")}));
}
static void b_statement_bad_action(ccdk_stack *s)
{
    ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3"), .resources = CCDK_STRS("*")});
}
static void b_max_event_age(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    p.max_event_age = ccdk_duration_seconds(10);
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_retry_attempts(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    p.retry_attempts = CCDK_NUM(3);
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_duplicate_id(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    ccdk_lambda_function_new(s, "F", &p);
    ccdk_lambda_function_new(s, "F", &p);
}

/* DockerImageFunction has no runtime or handler prop: given, they were silently replaced */
static void b_docker_image_function_runtime(ccdk_stack *s)
{
    ccdk_lambda_docker_image_function_new(s, "D", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .code = ccdk_lambda_docker_image_code_from_image_asset(s, ".", NULL),
    });
}

/* ------------------------------------------------------------------ tests */

/* the deprecated architectures / securityGroup props */
static void b_architecture_and_architectures(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    p.architecture = CCDK_LAMBDA_ARCHITECTURE_X86_64;
    p.architectures = (ccdk_lambda_architecture_list)CCDK_EMPTY_LIST; /* given, even empty */
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_architectures_two(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    p.architectures = (ccdk_lambda_architecture_list)CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64, CCDK_LAMBDA_ARCHITECTURE_ARM_64);
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_security_group_no_vpc(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    p.security_group = ccdk_ec2_security_group_from_security_group_id(s, "SG", "sg-1", CCDK_UNSET, CCDK_UNSET);
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_security_group_and_groups(ccdk_stack *s)
{
    ccdk_lambda_function_props p = base(s);
    p.security_group = ccdk_ec2_security_group_from_security_group_id(s, "SG", "sg-1", CCDK_UNSET, CCDK_UNSET);
    p.security_groups = (ccdk_ec2_security_group_list)CCDK_LIST(p.security_group);
    ccdk_lambda_function_new(s, "F", &p);
}

/* ------------------------------------------------------------------ the tests */

TEST(function_name)
{
    expect_failure(b_name_long, "Function name can not be longer than 64 characters but has 72 characters.", "S/F");
    expect_failure(b_name_chars,
                   "Function name bad name! can contain only letters, numbers, hyphens, or underscores with no spaces.", "S/F");
    /* aws-cdk-lib checks a truthy functionName only: "" is no error, and is written as it is
     * (found by tests/fuzz/fuzz_ids) */
    char *dir = make_outdir();
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = dir, .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function_props p = base(s);
    p.function_name = "";
    ccdk_lambda_function_new(s, "F", &p);
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    CHECK_CONTAINS(ccdk_stack_template_json(s), "\"FunctionName\": \"\"");
    ccdk_app_free(app);
    remove_outdir(dir);
}

TEST(description)
{
    expect_failure(b_description, "Function description can not be longer than 256 characters but has 257 characters.", "S/F");
}

TEST(ephemeral_storage)
{
    expect_failure(b_ephemeral_small, "Ephemeral storage size must be between 512 and 10240 MB, received Size.mebibytes(256).", "S/F");
    expect_failure(b_ephemeral_big, "Ephemeral storage size must be between 512 and 10240 MB, received Size.gibibytes(20).", "S/F");
}

TEST(dead_letter_conflicts)
{
    expect_failure(b_dlq_queue_and_topic, "deadLetterQueue and deadLetterTopic cannot be specified together at the same time", "S/F");
    expect_failure(b_dlq_enabled_and_topic, "deadLetterQueue and deadLetterTopic cannot be specified together at the same time", "S/F");
    expect_failure(b_dlq_disabled_with_queue, "deadLetterQueue defined but deadLetterQueueEnabled explicitly set to false", "S/F");
}

TEST(reserved_environment_variables)
{
    expect_failure(b_reserved_env,
                   "AWS_REGION environment variable is reserved by the lambda runtime and can not be set manually. See "
                   "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html", "S/F");
    expect_failure(b_reserved_env_added, "_HANDLER environment variable is reserved by the lambda runtime", "S/F");
}

TEST(deprecated_props)
{
    expect_failure(b_architecture_and_architectures, "Either architecture or architectures must be specified but not both.", "S/F");
    expect_failure(b_architectures_two, "Only one architecture must be specified.", "S/F");
    expect_failure(b_security_group_no_vpc, "Cannot configure 'securityGroup' without configuring a VPC", "S/F");
    expect_failure(b_security_group_and_groups,
                   "Only one of the function props, securityGroup or securityGroups, is allowed", "S/F");
}

/* fn.architecture: the prop, not the deprecated list; x86_64 by default; NULL-safe */
TEST(architecture_getter)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function_props p = base(s);
    ccdk_lambda_function *plain = ccdk_lambda_function_new(s, "Plain", &p);
    p.architectures = (ccdk_lambda_architecture_list)CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64);
    ccdk_lambda_function *listed = ccdk_lambda_function_new(s, "Listed", &p);
    p.architectures = (ccdk_lambda_architecture_list){0};
    p.architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64;
    ccdk_lambda_function *arm = ccdk_lambda_function_new(s, "Arm", &p);
    CHECK(ccdk_lambda_function_architecture(plain) == CCDK_LAMBDA_ARCHITECTURE_X86_64);
    CHECK(ccdk_lambda_function_architecture(listed) == CCDK_LAMBDA_ARCHITECTURE_X86_64);
    CHECK(ccdk_lambda_function_architecture(arm) == CCDK_LAMBDA_ARCHITECTURE_ARM_64);
    CHECK(ccdk_lambda_function_architecture(ccdk_lambda_function_current_version(arm)) == CCDK_LAMBDA_ARCHITECTURE_ARM_64);
    CHECK(ccdk_lambda_function_architecture(ccdk_lambda_function_latest_version(arm)) == CCDK_LAMBDA_ARCHITECTURE_ARM_64);
    CHECK(ccdk_lambda_function_architecture(ccdk_lambda_function_add_alias(arm, "live", NULL)) == CCDK_LAMBDA_ARCHITECTURE_ARM_64);
    CHECK(ccdk_lambda_function_architecture((ccdk_lambda_function *)NULL) == NULL);
    CHECK_INT_EQ((long long)ccdk_app_error_count(app), 0);
    CHECK((ccdk_lambda_function_architecture)(s) == NULL); /* not an IFunction: an error */
    CHECK_INT_EQ((long long)ccdk_app_error_count(app), 1);
    ccdk_app_free(app);
}

/* determineLatestNodeRuntime: a new runtime of the App, never NULL, as NODEJS_LATEST but not it */
TEST(determine_latest_node_runtime)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", &(ccdk_stack_props){.region = "eu-west-3"});
    const ccdk_lambda_runtime *rt = ccdk_lambda_determine_latest_node_runtime(s);
    CHECK(rt != NULL && rt != CCDK_LAMBDA_RUNTIME_NODEJS_LATEST && rt != CCDK_LAMBDA_RUNTIME_NODEJS_24_X);
    CHECK_STR_EQ(rt->name, "nodejs24.x");
    CHECK(rt->is_variable && rt->supports_inline_code && rt->family == CCDK_LAMBDA_FAMILY_NODEJS);
    CHECK(ccdk_lambda_determine_latest_node_runtime(s) != rt); /* a new one each call */
    CHECK_INT_EQ((long long)ccdk_app_error_count(app), 0);
    /* outside a stack: aws-cdk-lib's Stack.of error, and a runtime all the same */
    rt = ccdk_lambda_determine_latest_node_runtime(app);
    CHECK(rt != NULL && !strcmp(rt->name, "nodejs24.x"));
    CHECK_INT_EQ((long long)ccdk_app_error_count(app), 1);
    CHECK(strstr(ccdk_app_error(app, 0), "should be created in the scope of a Stack, but no Stack found") != NULL);
    ccdk_app_free(app);
}

TEST(inline_code)
{
    expect_failure(b_inline_java, "Inline source not allowed for java21", NULL);
    expect_failure(b_inline_empty, "Lambda inline code cannot be empty", NULL);
}

TEST(layers_limit)
{
    expect_failure(b_layers, "Unable to add layer: this lambda function already uses 5 layers.", "S/F");
}

TEST(permissions)
{
    expect_failure(b_import_grant,
                   "Cannot modify permission to lambda function. Function is either imported or $LATEST version.\n"
                   "If the function is imported from the same account use `fromFunctionAttributes()` API with the "
                   "`sameEnvironment` flag.\nIf the function is imported from a different account and already has the "
                   "correct permissions use `fromFunctionAttributes()` API with the `skipPermissions` flag.", "S/I");
    expect_failure(b_unsupported_conditions,
                   "PrincipalWithConditions had unsupported conditions for Lambda permission statement: "
                   "[{\"operator\":\"StringLike\",\"key\":\"aws:Foo\"}]. Supported operator/condition pairs: "
                   "[{\"operator\":\"ArnLike\",\"key\":\"aws:SourceArn\"},{\"operator\":\"StringEquals\",\"key\":"
                   "\"aws:SourceAccount\"},{\"operator\":\"StringEquals\",\"key\":\"aws:PrincipalOrgID\"}]", "S/F");
    expect_failure(b_org_with_other_conditions,
                   "PrincipalWithConditions had unsupported condition combinations for Lambda permission statement: "
                   "principalOrgID cannot be set with other conditions.", "S/F");
    expect_failure(b_org_id, "Expected Organization ID must match regex pattern ^o-[a-z0-9]{10,32}$, received o-1234", NULL);
}

TEST(policy_statements)
{
    expect_failure(b_statement_no_resource,
                   "[S/F/ServiceRole/DefaultPolicy] A PolicyStatement used in an identity-based policy must specify at least one resource.",
                   "S/F/ServiceRole/DefaultPolicy");
    expect_failure(b_statement_no_action, "[S/F/ServiceRole/DefaultPolicy] A PolicyStatement must specify at least one 'action' or 'notAction'.",
                   "S/F/ServiceRole/DefaultPolicy");
    expect_failure(b_statement_bad_action,
                   "Action 's3' is invalid. An action string consists of a service namespace, a colon, and the name of an "
                   "action. Action names can include wildcards.", NULL);
}

TEST(async_invoke)
{
    expect_failure(b_max_event_age, "`maximumEventAge` must represent a `Duration` that is between 60 and 21600 seconds.",
                   "S/F/EventInvokeConfig");
    expect_failure(b_retry_attempts, "`retryAttempts` must be between 0 and 2.", "S/F/EventInvokeConfig");
}

TEST(cloudwatch)
{
    expect_failure(b_timeout_alarm_no_threshold, "threshold must be specified for standard alarms", "S/A");
    expect_failure(b_metric_period, "'period' must be 1, 5, 10, 30, or a multiple of 60 seconds, received 45", NULL);
}

TEST(docker_image_function_runtime)
{
    expect_failure(b_docker_image_function_runtime, "DockerImageFunction sets its own runtime and handler", "S");
}

TEST(duplicate_id)
{
    expect_failure(b_duplicate_id, "There is already a Construct with name 'F' in ", "S");
}

/* Code.fromCustomCommand, CfnParametersCode, ecr imports (aws-cdk-lib's messages, checked with node) */
static void b_custom_command_empty(ccdk_stack *s) { ccdk_lambda_code_from_custom_command(s, "o", (ccdk_strs)CCDK_EMPTY_LIST, NULL); }
static void b_custom_command_missing(ccdk_stack *s) { ccdk_lambda_code_from_custom_command(s, "o", CCDK_STRS("no-such-cmd-xyz"), NULL); }
static void b_cfn_params_unbound(ccdk_stack *s) { ccdk_lambda_code_bucket_name_param(ccdk_lambda_code_from_cfn_parameters(s, NULL)); }
static void b_cfn_params_key_unbound(ccdk_stack *s) { ccdk_lambda_code_object_key_param(ccdk_lambda_code_from_cfn_parameters(s, NULL)); }
static void b_ecr_arn_format(ccdk_stack *s) { ccdk_ecr_repository_from_repository_arn(s, "R", "arn:aws:ecr:us-east-1:1:foo/bar"); }
static void b_ecr_arn_token(ccdk_stack *s) { ccdk_ecr_repository_from_repository_arn(s, "R", ccdk_stack_account(s)); }
/* S3ObjectStorageMode REFERENCE without a version: aws-cdk-lib's error; a number that is no
 * S3ObjectStorageMode (a cast): ccdk's error, on the bucket as well */
static void b_s3_reference_unversioned(ccdk_stack *s)
{
    ccdk_lambda_code_from_bucket_v2(ccdk_s3_bucket_from_bucket_name(s, "B", "bkt"), "k.zip",
                                    &(ccdk_lambda_bucket_options){.s3_object_storage_mode = CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE});
}
static void b_s3_storage_mode_out_of_range(ccdk_stack *s)
{
    ccdk_lambda_code_from_bucket_v2(ccdk_s3_bucket_from_bucket_name(s, "B", "bkt"), "k.zip",
                                    &(ccdk_lambda_bucket_options){.object_version = "1",
                                                                  .s3_object_storage_mode = (ccdk_lambda_s3_object_storage_mode)3});
}

TEST(code_v2_errors)
{
    expect_failure(b_custom_command_empty, "command must contain at least one argument. For example, [\"node\", \"buildFile.js\"].", NULL);
    expect_failure(b_custom_command_missing, "Failed to execute custom command: Error: spawnSync no-such-cmd-xyz ENOENT", NULL);
    expect_failure(b_cfn_params_unbound, "Pass CfnParametersCode to a Lambda Function before accessing the bucketNameParam property", NULL);
    expect_failure(b_cfn_params_key_unbound, "Pass CfnParametersCode to a Lambda Function before accessing the objectKeyParam property", NULL);
    expect_failure(b_ecr_arn_format,
                   "Repository arn should be in the format 'arn:<PARTITION>:ecr:<REGION>:<ACCOUNT>:repository/<NAME>', got "
                   "arn:aws:ecr:us-east-1:1:foo/bar.", NULL);
    expect_failure(b_ecr_arn_token, "\"repositoryArn\" is a late-bound value, and therefore \"repositoryName\" is required. Use "
                                    "`fromRepositoryAttributes` instead", NULL);
    expect_failure(b_s3_reference_unversioned,
                   "set objectVersion when using s3ObjectStorageMode REFERENCE because Lambda requires a versioned S3 object", "S/B");
    expect_failure(b_s3_storage_mode_out_of_range, "s3ObjectStorageMode: 3 is not a valid ccdk_lambda_s3_object_storage_mode", "S/B");
}

int main(void)
{
    RUN(function_name);
    RUN(description);
    RUN(ephemeral_storage);
    RUN(dead_letter_conflicts);
    RUN(reserved_environment_variables);
    RUN(inline_code);
    RUN(layers_limit);
    RUN(permissions);
    RUN(policy_statements);
    RUN(async_invoke);
    RUN(cloudwatch);
    RUN(docker_image_function_runtime);
    RUN(duplicate_id);
    RUN(code_v2_errors);
    RUN(deprecated_props);
    RUN(architecture_getter);
    RUN(determine_latest_node_runtime);
    return TEST_DONE();
}
