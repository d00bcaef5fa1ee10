/* test_kms_destinations.c - kms.Key validations, configureAsyncInvoke's errors on imports and
 * aliases, and the destinations' bad arguments (issue 16). The expected messages were taken from
 * aws-cdk-lib 2.276.0 by running the same inputs through it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <ccdk/events.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

#include "testlib.h"

void ccdk__process_errors_clear(void); /* src/core/arena.h: tests */

typedef void (*build_fn)(ccdk_stack *stack);

/* synth fails, one error holds message and path, and nothing is written */
static void expect_failure(build_fn build, const char *message, const char *path)
{
    char dir[] = "/tmp/ccdk-kmsdest-XXXXXX";
    if (!mkdtemp(dir))
        return;
    char out[64];
    snprintf(out, sizeof out, "%s/out", dir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    build(stack);
    CHECK_MSG(ccdk_app_synth(app) != 0, "synth succeeded; expected: %s", message);
    int found = 0;
    for (size_t i = 0; i < ccdk_app_error_count(app) && !found; i++)
        found = strstr(ccdk_app_error(app, i), message) && strstr(ccdk_app_error(app, i), path);
    CHECK_MSG(found, "no error contains \"%s\" at %s", message, path);
    CHECK_MSG(access(out, F_OK) != 0, "%s was written", out);
    ccdk_app_free(app);
    rmdir(dir);
}

static void b_rotation_off(ccdk_stack *s)
{
    ccdk_kms_key_new(s, "K", &(ccdk_kms_key_props){.enable_key_rotation = CCDK_FALSE, .rotation_period = ccdk_duration_days(100)});
}
static void b_rotation_short(ccdk_stack *s)
{
    ccdk_kms_key_new(s, "K", &(ccdk_kms_key_props){.rotation_period = ccdk_duration_days(30)});
}
static void b_pending(ccdk_stack *s) { ccdk_kms_key_new(s, "K", &(ccdk_kms_key_props){.pending_window = ccdk_duration_days(3)}); }
static void b_alias_empty(ccdk_stack *s) { ccdk_kms_key_add_alias(ccdk_kms_key_new(s, "K", NULL), "alias/"); }
static void b_alias_aws(ccdk_stack *s) { ccdk_kms_key_add_alias(ccdk_kms_key_new(s, "K", NULL), "alias/aws/x"); }
static void b_alias_chars(ccdk_stack *s) { ccdk_kms_key_add_alias(ccdk_kms_key_new(s, "K", NULL), "bad name"); }
static void b_imported_twice(ccdk_stack *s)
{
    ccdk_lambda_function *f = ccdk_lambda_function_from_function_arn(s, "F", "arn:aws:lambda:us-east-1:123456789012:function:f");
    ccdk_lambda_event_invoke_config_options o = {.retry_attempts = CCDK_NUM(1)};
    ccdk_lambda_function_configure_async_invoke(f, &o);
    ccdk_lambda_function_configure_async_invoke(f, &o);
}
static void b_alias_twice(ccdk_stack *s)
{
    ccdk_lambda_function *fn = ccdk_lambda_function_new(s, "F", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "i.h", .code = ccdk_lambda_code_from_inline(s, "x")});
    ccdk_lambda_alias *a = ccdk_lambda_alias_new(s, "A", &(ccdk_lambda_alias_props){
        .alias_name = "a", .version = ccdk_lambda_function_current_version(fn), .retry_attempts = CCDK_NUM(1)});
    ccdk_lambda_function_configure_async_invoke(a, &(ccdk_lambda_event_invoke_config_options){.retry_attempts = CCDK_NUM(0)});
}

static void b_bus_default(ccdk_stack *s) { ccdk_events_event_bus_new(s, "B", &(ccdk_events_event_bus_props){.event_bus_name = "default"}); }
static void b_bus_slash(ccdk_stack *s) { ccdk_events_event_bus_new(s, "B", &(ccdk_events_event_bus_props){.event_bus_name = "a/b"}); }
static void b_bus_chars(ccdk_stack *s) { ccdk_events_event_bus_new(s, "B", &(ccdk_events_event_bus_props){.event_bus_name = "bad name"}); }
static void b_bus_description(ccdk_stack *s)
{
    char d[514];
    memset(d, 'x', 513);
    d[513] = 0;
    ccdk_events_event_bus_new(s, "B", &(ccdk_events_event_bus_props){.description = d});
}

TEST(event_bus_errors)
{
    /* UnscopedValidationErrors: no path */
    expect_failure(b_bus_default, "'eventBusName' must not be 'default'", "");
    expect_failure(b_bus_slash, "'eventBusName' must not contain '/'", "");
    expect_failure(b_bus_chars, "'eventBusName' must satisfy: /^[\\/\\.\\-_A-Za-z0-9]{1,256}$/", "");
    expect_failure(b_bus_description, "description must be less than or equal to 512 characters, got 513", "S/B");
}

TEST(imported_event_bus)
{
    /* EventBus.fromEventBusArn: the ARN as given, the name after "event-bus/" (splitArn's
     * SLASH_RESOURCE_NAME), Fn::Select/Fn::Split for a token ARN, "" without a resource name */
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_events_event_bus *b = ccdk_events_event_bus_from_event_bus_arn(s, "B", "arn:aws:events:us-east-1:123456789012:event-bus/my-bus");
    CHECK(!strcmp(ccdk_events_event_bus_arn(b), "arn:aws:events:us-east-1:123456789012:event-bus/my-bus"));
    CHECK(!strcmp(ccdk_events_event_bus_name(b), "my-bus"));
    ccdk_events_event_bus *real = ccdk_events_event_bus_new(s, "Real", NULL);
    ccdk_events_event_bus *t = ccdk_events_event_bus_from_event_bus_arn(s, "T", ccdk_events_event_bus_arn(real));
    CHECK(strcmp(ccdk_events_event_bus_name(t), "") != 0);
    CHECK(ccdk_app_error_count(app) == 0);
    ccdk_events_event_bus_from_event_bus_arn(s, "Bad", "not-an-arn");
    CHECK(ccdk_app_error_count(app) == 1);
    ccdk_app_free(app);
}

TEST(kms_key_errors)
{
    expect_failure(b_rotation_off, "'rotationPeriod' cannot be specified when 'enableKeyRotation' is disabled", "S/K");
    expect_failure(b_rotation_short, "'rotationPeriod' value must between 90 and 2650 days. Received: 30", "S/K");
    expect_failure(b_pending, "'pendingWindow' value must between 7 and 30 days. Received: 3", "S/K");
    expect_failure(b_alias_empty, "Alias must include a value after \"alias/\": alias/", "S/K");
    expect_failure(b_alias_aws, "Alias cannot start with alias/aws/: alias/aws/x", "S/K");
    expect_failure(b_alias_chars, "Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-", "S/K");
}

TEST(configure_async_invoke_twice)
{
    /* an imported function is a FunctionBase: the unqualified message */
    expect_failure(b_imported_twice, "An EventInvokeConfig has already been configured for the function at S/F", "S/F");
    expect_failure(b_alias_twice, "An EventInvokeConfig has already been configured for the qualified function at S/A", "S/A");
}

TEST(destination_bad_arguments)
{
    ccdk__process_errors_clear();
    CHECK(ccdk_lambda_destinations_sqs_destination(NULL) != NULL);
    CHECK(ccdk_lambda_destinations_sns_destination(NULL) != NULL);
    CHECK(ccdk_lambda_destinations_lambda_destination((ccdk_lambda_function *)NULL, NULL) != NULL);
    CHECK(ccdk_process_error_count() == 3);
    ccdk__process_errors_clear();
    /* configureAsyncInvoke with NULL is ignored, without an error */
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function_configure_async_invoke((ccdk_lambda_function *)NULL, NULL);
    CHECK(ccdk_app_error_count(app) == 0);
    ccdk_app_free(app);
    (void)s;
}

/* NULL options are configureAsyncInvoke({}) (every default), not a call silently ignored: aws-cdk-lib
 * 2.276.0 writes {FunctionName, Qualifier "$LATEST"} for {} */
TEST(configure_async_invoke_null_options)
{
    char dir[] = "/tmp/ccdk-kmsdest-XXXXXX";
    if (!CHECK_RET(mkdtemp(dir) != NULL))
        return;
    char out[64];
    snprintf(out, sizeof out, "%s/out", dir);
    ccdk__process_errors_clear();
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *f = ccdk_lambda_function_new(s, "F", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(s, "x")});
    ccdk_lambda_function_configure_async_invoke(f, NULL);
    CHECK(ccdk_app_synth(app) == 0);
    CHECK_CONTAINS(ccdk_stack_template_json(s), "\"Type\": \"AWS::Lambda::EventInvokeConfig\",\n   \"Properties\": {\n"
                                                "    \"FunctionName\": {\n     \"Ref\": \"FC4345940\"\n    },\n"
                                                "    \"Qualifier\": \"$LATEST\"\n   }");
    ccdk_app_free(app);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    CHECK(system(cmd) == 0);
}

/* a grant-needing destination of an import without a role: aws-cdk-lib's UnknownPrincipal throws an
 * UnscopedValidationError, so the error line has no construct path (2.276.0, for the Lambda, SQS,
 * SNS and S3 destinations alike); the EventBridge and responseOnly ones only warn */
TEST(destination_of_import_without_role)
{
    for (int k = 0; k < 6; k++) {
        ccdk__process_errors_clear();
        ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "/nonexistent/ccdk-kmsdest", .quiet = 1});
        ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
        ccdk_lambda_function *target = ccdk_lambda_function_new(s, "T", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X, .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(s, "x")});
        ccdk_lambda_function *imp = ccdk_lambda_function_from_function_attributes(s, "Imp",
            &(ccdk_lambda_function_attributes){.function_arn = "arn:aws:lambda:us-east-1:123456789012:function:f"});
        ccdk_lambda_destination *d =
            k == 0   ? ccdk_lambda_destinations_lambda_destination(target, NULL)
            : k == 1 ? ccdk_lambda_destinations_sqs_destination(ccdk_sqs_queue_new(s, "Q", NULL))
            : k == 2 ? ccdk_lambda_destinations_sns_destination(ccdk_sns_topic_new(s, "T2", NULL))
            : k == 3 ? ccdk_lambda_destinations_s3_destination(ccdk_s3_bucket_new(s, "B", NULL))
            : k == 4 ? ccdk_lambda_destinations_event_bridge_destination(s, NULL)
                     : ccdk_lambda_destinations_lambda_destination(
                           target, &(ccdk_lambda_destinations_lambda_destination_options){.response_only = CCDK_TRUE});
        ccdk_lambda_function_configure_async_invoke(imp, &(ccdk_lambda_event_invoke_config_options){.on_failure = d});
        if (k < 4) {
            CHECK_MSG(ccdk_app_error_count(app) == 1, "destination %d: %zu errors", k, ccdk_app_error_count(app));
            if (ccdk_app_error_count(app) == 1)
                CHECK_STR_EQ(ccdk_app_error(app, 0), "Cannot get policy fragment of S/Imp, resource imported without a role");
        } else {
            CHECK_MSG(ccdk_app_error_count(app) == 0, "destination %d: %zu errors", k, ccdk_app_error_count(app));
        }
        ccdk_app_free(app);
    }
}

int main(void)
{
    RUN(kms_key_errors);
    RUN(event_bus_errors);
    RUN(imported_event_bus);
    RUN(configure_async_invoke_twice);
    RUN(destination_bad_arguments);
    RUN(configure_async_invoke_null_options);
    RUN(destination_of_import_without_role);
    return TEST_DONE();
}
