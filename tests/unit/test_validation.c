/* test_validation.c - inputs aws-cdk-lib 2.276.0 rejects (GitHub issue 11): negative and NaN
 * durations on every Duration-taking prop, ARNs that are not ARNs in the from*Arn imports, an
 * empty asset path, invalid UTF-8 in ids and strings. Each bad input makes ccdk_app_synth() fail
 * with aws-cdk-lib's message, writes nothing, and a good twin synthesizes. The expected messages
 * were taken from aws-cdk-lib by running the same inputs through it (node, /tmp scratch apps:
 * e.g. `new lambda.Function(s, 'F', {..., timeout: Duration.seconds(-5)})` throws
 * "Duration amounts cannot be negative. Received: -5"). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ccdk/cloudwatch.h>
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_code_signing.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/signer.h>
#include <ccdk/sqs.h>

#include "testlib.h"

typedef void (*build_fn)(ccdk_stack *stack, void *arg);

/* Builds the app and synthesizes it: with message, synth must fail with an error that contains
 * it (and path, when given), and write nothing; without, synth must succeed. */
static void run(build_fn build, void *arg, const char *message, const char *path, const char *what)
{
    char dir[] = "/tmp/ccdk-valid-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    char out[64];
    snprintf(out, sizeof out, "%s/out", dir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    build(stack, arg);
    int rc = ccdk_app_synth(app);
    size_t n = ccdk_app_error_count(app);
    if (!message) {
        CHECK_MSG(rc == 0 && n == 0, "%s: synth failed: %s", what, n ? ccdk_app_error(app, 0) : "");
    } else {
        CHECK_MSG(rc != 0, "%s: synth succeeded; expected: %s", what, message);
        int found = 0;
        for (size_t i = 0; i < n && !found; i++) {
            const char *e = ccdk_app_error(app, i);
            found = strstr(e, message) && (!path || !strncmp(e, path, strlen(path)));
        }
        CHECK_MSG(found, "%s: no error holds \"%s\" (path %s)", what, message, path ? path : "-");
        if (!found)
            for (size_t i = 0; i < n; i++)
                fprintf(stderr, "      error %zu: %s\n", i, ccdk_app_error(app, i));
        struct stat st;
        CHECK_MSG(stat(out, &st) != 0, "%s: %s was written", what, out);
    }
    ccdk_app_free(app);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
}

/* ------------------------------------------------------------------ durations */

static ccdk_lambda_function_props base(ccdk_stack *s)
{
    return (ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(s, "x"),
    };
}

/* every prop path that takes a Duration, each given *d */
enum {
    D_TIMEOUT, D_FN_MAX_EVENT_AGE, D_CURRENT_VERSION_MAX_EVENT_AGE, D_VERSION_MAX_EVENT_AGE, D_ALIAS_MAX_EVENT_AGE,
    D_ESM_BATCHING_WINDOW, D_ESM_RECORD_AGE, D_ESM_TUMBLING_WINDOW, D_SQS_SOURCE_BATCHING_WINDOW, D_URL_CORS_MAX_AGE,
    D_EVENTS_RATE, D_EVENTS_TARGET_MAX_EVENT_AGE, D_METRIC_PERIOD, D_QUEUE_RETENTION, D_QUEUE_VISIBILITY,
    D_SIGNATURE_VALIDITY, D_ROLE_MAX_SESSION, D_APPSCALING_RATE, D_SCALE_IN_COOLDOWN, D_SCALE_OUT_COOLDOWN, D_COUNT
};
static const char *const d_names[D_COUNT] = {
    "timeout", "fn maxEventAge", "currentVersionOptions.maxEventAge", "Version maxEventAge", "Alias maxEventAge",
    "ESM maxBatchingWindow", "ESM maxRecordAge", "ESM tumblingWindow", "SqsEventSource maxBatchingWindow",
    "FunctionUrl cors maxAge", "Schedule.rate", "targets.LambdaFunction maxEventAge", "metric period",
    "Queue retentionPeriod", "Queue visibilityTimeout", "SigningProfile signatureValidity", "Role maxSessionDuration",
    "appscaling Schedule.rate", "scaleInCooldown", "scaleOutCooldown"};

static int d_path;
static void b_duration(ccdk_stack *s, void *arg)
{
    ccdk_duration d = *(const ccdk_duration *)arg;
    ccdk_lambda_function_props p = base(s);
    ccdk_lambda_version_options cvo = {0};
    switch (d_path) {
    case D_TIMEOUT: p.timeout = d; break;
    case D_FN_MAX_EVENT_AGE: p.max_event_age = d; break;
    case D_CURRENT_VERSION_MAX_EVENT_AGE: cvo.max_event_age = d; p.current_version_options = &cvo; break;
    default: break;
    }
    ccdk_lambda_function *fn = ccdk_lambda_function_new(s, "F", &p);
    switch (d_path) {
    case D_CURRENT_VERSION_MAX_EVENT_AGE: ccdk_lambda_function_current_version(fn); break;
    case D_VERSION_MAX_EVENT_AGE:
        ccdk_lambda_version_new(s, "V", &(ccdk_lambda_version_props){.lambda = fn, .max_event_age = d});
        break;
    case D_ALIAS_MAX_EVENT_AGE:
        ccdk_lambda_function_add_alias(fn, "live", &(ccdk_lambda_alias_options){.max_event_age = d});
        break;
    case D_ESM_BATCHING_WINDOW: case D_ESM_RECORD_AGE: case D_ESM_TUMBLING_WINDOW: {
        ccdk_lambda_event_source_mapping_options o = {
            .event_source_arn = "arn:aws:kinesis:us-east-1:123456789012:stream/s",
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST};
        if (d_path == D_ESM_BATCHING_WINDOW) o.max_batching_window = d;
        if (d_path == D_ESM_RECORD_AGE) o.max_record_age = d;
        if (d_path == D_ESM_TUMBLING_WINDOW) o.tumbling_window = d;
        ccdk_lambda_function_add_event_source_mapping(fn, "M", &o);
        break;
    }
    case D_SQS_SOURCE_BATCHING_WINDOW:
        ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(ccdk_sqs_queue_new(s, "Q", NULL),
            &(ccdk_lambda_sqs_event_source_props){.max_batching_window = d}));
        break;
    case D_URL_CORS_MAX_AGE:
        ccdk_lambda_function_add_function_url(fn, &(ccdk_lambda_function_url_options){
            .cors = &(ccdk_lambda_function_url_cors){.max_age = d}});
        break;
    case D_EVENTS_RATE:
        ccdk_events_rule_new(s, "R", &(ccdk_events_rule_props){.schedule = ccdk_events_schedule_rate(s, d)});
        break;
    case D_EVENTS_TARGET_MAX_EVENT_AGE:
        ccdk_events_rule_new(s, "R", &(ccdk_events_rule_props){
            .schedule = ccdk_events_schedule_expression(s, "rate(1 day)"),
            .targets = CCDK_LIST(ccdk_events_targets_lambda_function(fn,
                &(ccdk_events_lambda_function_target_props){.max_event_age = d}))});
        break;
    case D_METRIC_PERIOD:
        ccdk_cloudwatch_alarm_new(s, "A", &(ccdk_cloudwatch_alarm_props){
            .metric = ccdk_lambda_function_metric_errors(fn, &(ccdk_cloudwatch_metric_options){.period = d}),
            .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
        break;
    case D_QUEUE_RETENTION: ccdk_sqs_queue_new(s, "Q", &(ccdk_sqs_queue_props){.retention_period = d}); break;
    case D_QUEUE_VISIBILITY: ccdk_sqs_queue_new(s, "Q", &(ccdk_sqs_queue_props){.visibility_timeout = d}); break;
    case D_SIGNATURE_VALIDITY:
        ccdk_signer_signing_profile_new(s, "P", &(ccdk_signer_signing_profile_props){
            .platform = &ccdk_signer_platform_aws_lambda_sha384_ecdsa, .signature_validity = d});
        break;
    case D_ROLE_MAX_SESSION:
        ccdk_iam_role_new(s, "R", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(s, "lambda.amazonaws.com"), .max_session_duration = d});
        break;
    case D_APPSCALING_RATE: case D_SCALE_IN_COOLDOWN: case D_SCALE_OUT_COOLDOWN: {
        ccdk_lambda_alias *a = ccdk_lambda_function_add_alias(fn, "live", NULL);
        ccdk_lambda_scalable_attribute *sa = ccdk_lambda_alias_add_auto_scaling(a,
            &(ccdk_lambda_auto_scaling_options){.max_capacity = CCDK_NUM(5)});
        if (d_path == D_APPSCALING_RATE) {
            ccdk_lambda_scalable_attribute_scale_on_schedule(sa, "Sched", &(ccdk_lambda_scaling_schedule){
                .schedule = ccdk_appscaling_schedule_rate(s, d), .min_capacity = CCDK_NUM(1)});
        } else {
            ccdk_lambda_utilization_scaling_options u = {.utilization_target = CCDK_NUM(0.5)};
            if (d_path == D_SCALE_IN_COOLDOWN) u.scale_in_cooldown = d;
            else u.scale_out_cooldown = d;
            ccdk_lambda_scalable_attribute_scale_on_utilization(sa, &u);
        }
        break;
    }
    default: break;
    }
}

/* A duration every path accepts: 1 day is a whole number of seconds, minutes and days, a valid
 * period, retention, maxEventAge would not be (21600 s at most), so each path has its own. */
static ccdk_duration good_duration(int path)
{
    switch (path) {
    case D_FN_MAX_EVENT_AGE: case D_CURRENT_VERSION_MAX_EVENT_AGE: case D_VERSION_MAX_EVENT_AGE:
    case D_ALIAS_MAX_EVENT_AGE: case D_EVENTS_TARGET_MAX_EVENT_AGE: case D_ESM_RECORD_AGE:
    case D_QUEUE_RETENTION: case D_METRIC_PERIOD: return ccdk_duration_minutes(2);
    case D_ROLE_MAX_SESSION: return ccdk_duration_hours(2);
    case D_SIGNATURE_VALIDITY: case D_EVENTS_RATE: case D_APPSCALING_RATE: return ccdk_duration_days(1);
    default: return ccdk_duration_seconds(60);
    }
}

TEST(negative_durations_on_every_path)
{
    for (d_path = 0; d_path < D_COUNT; d_path++) {
        ccdk_duration good = good_duration(d_path);
        run(b_duration, &good, NULL, NULL, d_names[d_path]);
        ccdk_duration neg = {.amount = -5, .unit = good.unit};
        run(b_duration, &neg, "Duration amounts cannot be negative. Received: -5", NULL, d_names[d_path]);
        /* -0 is not negative for aws-cdk-lib (-0 < 0 is false) */
        ccdk_duration negzero = {.amount = -0.0, .unit = CCDK_TIME_SECONDS};
        if (d_path == D_TIMEOUT || d_path == D_QUEUE_VISIBILITY)
            run(b_duration, &negzero, NULL, NULL, d_names[d_path]);
    }
}

/* NaN passes Duration's constructor and fails in toSeconds(): "NaN must be a whole number of
 * seconds." for seconds, "'NaN minutes' cannot be converted into a whole number of seconds." for
 * another unit; Infinity likewise; 1.5 seconds is "1.5 must be a whole number of seconds." */
TEST(nan_and_fractional_durations)
{
    d_path = D_TIMEOUT;
    ccdk_duration d = ccdk_duration_seconds(NAN);
    run(b_duration, &d, "NaN must be a whole number of seconds.", "S/F", "NaN seconds");
    d = ccdk_duration_minutes(NAN);
    run(b_duration, &d, "'NaN minutes' cannot be converted into a whole number of seconds.", "S/F", "NaN minutes");
    d = ccdk_duration_millis(NAN);
    run(b_duration, &d, "'NaN millis' cannot be converted into a whole number of seconds.", "S/F", "NaN millis");
    d = ccdk_duration_seconds(INFINITY);
    run(b_duration, &d, "Infinity must be a whole number of seconds.", "S/F", "Infinity seconds");
    d = ccdk_duration_minutes(INFINITY);
    run(b_duration, &d, "'Infinity minutes' cannot be converted into a whole number of seconds.", "S/F", "Infinity minutes");
    d = ccdk_duration_seconds(1.5);
    run(b_duration, &d, "1.5 must be a whole number of seconds.", "S/F", "1.5 seconds");
    d_path = D_FN_MAX_EVENT_AGE;
    d = ccdk_duration_seconds(NAN);
    run(b_duration, &d, "NaN must be a whole number of seconds.", NULL, "maxEventAge NaN");
    d_path = D_METRIC_PERIOD;
    d = ccdk_duration_minutes(NAN);
    run(b_duration, &d, "'NaN minutes' cannot be converted into a whole number of seconds.", NULL, "period NaN");
}

static void b_size(ccdk_stack *s, void *arg)
{
    ccdk_lambda_function_props p = base(s);
    p.ephemeral_storage_size = ccdk_size_mebibytes(*(const double *)arg);
    ccdk_lambda_function_new(s, "F", &p);
}

TEST(negative_size)
{
    double mb = -5;
    run(b_size, &mb, "Storage amounts cannot be negative. Received: -5", NULL, "ephemeral storage -5");
}

/* ------------------------------------------------------------------ ARNs */

enum { A_FUNCTION, A_FUNCTION_ATTRS, A_VERSION, A_ROLE, A_CODE_SIGNING, A_LAYER, A_MANAGED_POLICY, A_COUNT };
static int a_kind;
static void b_arn(ccdk_stack *s, void *arg)
{
    const char *arn = arg;
    switch (a_kind) {
    case A_FUNCTION: {
        ccdk_lambda_function *fn = ccdk_lambda_function_from_function_arn(s, "I", arn);
        ccdk_cfn_output_new(s, "O", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_name(fn)});
        break;
    }
    case A_FUNCTION_ATTRS:
        ccdk_lambda_function_from_function_attributes(s, "I", &(ccdk_lambda_function_attributes){.function_arn = arn});
        break;
    case A_VERSION: {
        ccdk_lambda_version *v = ccdk_lambda_version_from_version_arn(s, "I", arn);
        ccdk_cfn_output_new(s, "O", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_version(v)});
        break;
    }
    case A_ROLE: {
        ccdk_iam_role *r = ccdk_iam_role_from_role_arn(s, "I", arn);
        ccdk_cfn_output_new(s, "O", &(ccdk_cfn_output_props){.value = ccdk_iam_role_name(r)});
        break;
    }
    case A_CODE_SIGNING: ccdk_lambda_code_signing_config_from_arn(s, "I", arn); break;
    case A_LAYER: ccdk_lambda_layer_version_from_layer_version_arn(s, "I", arn); break;
    case A_MANAGED_POLICY: ccdk_iam_managed_policy_from_managed_policy_arn(s, "I", arn); break;
    default: break;
    }
}

TEST(arns_that_are_not_arns)
{
    static const char *const names[A_COUNT] = {"fromFunctionArn", "fromFunctionAttributes", "fromVersionArn",
                                               "fromRoleArn", "fromCodeSigningConfigArn", "fromLayerVersionArn",
                                               "fromManagedPolicyArn"};
    for (a_kind = 0; a_kind < A_COUNT; a_kind++) {
        const char *what = names[a_kind];
        /* fromCodeSigningConfigArn splits the ARN before it creates its construct: the error is on
         * scope; fromVersionArn's first throw is Function.fromFunctionArn(scope, id + "Function") */
        const char *at = a_kind == A_CODE_SIGNING ? "S: " : a_kind == A_VERSION ? "S/IFunction: " : "S/I: ";
        run(b_arn, "arn:aws:lambda:us-east-1:123456789012:function:f:1", NULL, NULL, what);
        /* aws-cdk-lib checks no shape for layers and managed policies */
        int checked = a_kind != A_LAYER && a_kind != A_MANAGED_POLICY;
        run(b_arn, "not-an-arn", checked ? "ARNs must start with \"arn:\" and have at least 6 components: not-an-arn" : NULL,
            checked ? at : NULL, what);
        if (!checked)
            continue;
        run(b_arn, "arn:aws", "The `service` component (3rd component) of an ARN is required: arn:aws", at, what);
        run(b_arn, "arn:aws:lambda", "The `resource` component (6th component) of an ARN is required: arn:aws:lambda",
            at, what);
        run(b_arn, "arn::lambda:r:a:function:f",
            "The `partition` component (2nd component) of an ARN is required: arn::lambda:r:a:function:f", at, what);
        run(b_arn, "arn:aws:lambda:r:a::f",
            "The `resource` component (6th component) of an ARN is required: arn:aws:lambda:r:a::f", at, what);
        /* "" is not split by a Function's or Version's Resource (environmentFromArn is falsy), but
         * by Role.fromRoleArn and fromCodeSigningConfigArn */
        int empty_checked = a_kind == A_ROLE || a_kind == A_CODE_SIGNING;
        run(b_arn, "", empty_checked ? "ARNs must start with \"arn:\" and have at least 6 components: " : NULL,
            empty_checked ? at : NULL, what);
    }
}

/* ------------------------------------------------------------------ asset paths */

enum { P_FUNCTION, P_LAYER, P_COUNT };
static int p_kind;
static void b_asset(ccdk_stack *s, void *arg)
{
    ccdk_lambda_code *code = ccdk_lambda_code_from_asset(s, arg, NULL);
    if (p_kind == P_FUNCTION) {
        ccdk_lambda_function_props p = base(s);
        p.code = code;
        ccdk_lambda_function_new(s, "F", &p);
    } else {
        ccdk_lambda_layer_version_new(s, "F", &(ccdk_lambda_layer_version_props){.code = code});
    }
}

TEST(empty_asset_path)
{
    for (p_kind = 0; p_kind < P_COUNT; p_kind++)
        run(b_asset, "", "Asset path cannot be empty", "S/F/Code", p_kind == P_FUNCTION ? "function" : "layer");
    /* Code.fromAsset('') alone, never bound, is fine in aws-cdk-lib */
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_lambda_code_from_asset(ccdk_stack_new(app, "S", NULL), "", NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

/* ------------------------------------------------------------------ invalid UTF-8
 *
 * Node strings cannot hold invalid UTF-8, so aws-cdk-lib has no message for it: ccdk's decision
 * (core.h) is an error with the construct path that names the bad id or string, each bad byte
 * shown as \xNN, and nothing written -- never invalid JSON, never a silently altered template. */

static const char *const bad_utf8[] = {
    "\xff",             /* never in UTF-8 */
    "a\xc3(",           /* a lead byte without its continuation */
    "\xc0\xaf",         /* overlong '/' */
    "\xed\xa0\x80",     /* a surrogate, U+D800 */
    "\xf4\x90\x80\x80", /* above U+10FFFF */
    "\xe2\x82",         /* cut short at the end */
    "\x80x",            /* a continuation byte alone */
    NULL};
static const char *const bad_shown[] = {"\\xFF", "a\\xC3(", "\\xC0\\xAF", "\\xED\\xA0\\x80",
                                        "\\xF4\\x90\\x80\\x80", "\\xE2\\x82", "\\x80x", NULL};

enum { U_ID, U_ENV_VALUE, U_ENV_KEY, U_DESCRIPTION, U_OUTPUT, U_STACK_DESCRIPTION, U_TAG_VALUE, U_TAG_KEY,
       U_STACK_TAG, U_CONTEXT_KEY, U_CONTEXT_VALUE, U_PROPERTY, U_COUNT };
static int u_kind;
static void b_utf8(ccdk_stack *s, void *arg)
{
    const char *bad = arg;
    char buf[64];
    ccdk_lambda_function_props p = base(s);
    const char *id = "F";
    ccdk_kv env[2] = {{NULL, NULL}, {NULL, NULL}};
    switch (u_kind) {
    case U_ID: snprintf(buf, sizeof buf, "F%s", bad); id = buf; break;
    case U_ENV_VALUE: env[0] = (ccdk_kv){"K", bad}; p.environment = (ccdk_kvs)CCDK_LIST_N(env, 1); break;
    case U_ENV_KEY: env[0] = (ccdk_kv){bad, "v"}; p.environment = (ccdk_kvs)CCDK_LIST_N(env, 1); break;
    case U_DESCRIPTION: p.description = bad; break;
    case U_TAG_VALUE: ccdk_tags_add(s, "k", bad); break;
    case U_TAG_KEY: ccdk_tags_add(s, bad, "v"); break;
    case U_CONTEXT_KEY: ccdk_node_set_context(s, bad, "1"); break;
    case U_CONTEXT_VALUE:
        snprintf(buf, sizeof buf, "{\"v\": \"%s\"}", bad);
        ccdk_node_set_context(s, "k", buf);
        break;
    default: break;
    }
    ccdk_lambda_function *fn = ccdk_lambda_function_new(s, id, &p);
    if (u_kind == U_OUTPUT)
        ccdk_cfn_output_new(s, "O", &(ccdk_cfn_output_props){.value = bad});
    if (u_kind == U_PROPERTY)
        ccdk_cfn_resource_add_property_override(ccdk_lambda_function_resource(fn), "Handler", ccdk_v_string(s, bad));
}

static void b_utf8_stack(ccdk_stack *unused, void *arg)
{
    /* a second stack, whose props carry the bad string */
    ccdk_app *app = ccdk_stack_of(unused) ? (ccdk_app *)ccdk_node_scope(unused) : NULL;
    const char *bad = arg;
    if (u_kind == U_STACK_DESCRIPTION)
        ccdk_stack_new(app, "T", &(ccdk_stack_props){.description = bad});
    else
        ccdk_stack_new(app, "T", &(ccdk_stack_props){.tags = CCDK_KVS({"k", bad})});
}

TEST(invalid_utf8)
{
    static const char *const names[U_COUNT] = {"id", "env value", "env key", "description", "output",
                                               "stack description", "tag value", "tag key", "stack tag",
                                               "context key", "context value", "property override"};
    char msg[256];
    for (u_kind = 0; u_kind < U_COUNT; u_kind++) {
        int stack_case = u_kind == U_STACK_DESCRIPTION || u_kind == U_STACK_TAG;
        build_fn b = stack_case ? b_utf8_stack : b_utf8;
        /* valid non-ASCII is fine */
        run(b, "caf\xc3\xa9 \xf0\x9f\x9a\x80", NULL, NULL, names[u_kind]);
        for (int i = 0; bad_utf8[i]; i++) {
            const char *path = NULL;
            switch (u_kind) {
            case U_ID: snprintf(msg, sizeof msg, "Invalid UTF-8 in construct id \"F%s\"", bad_shown[i]); path = "S: "; break;
            case U_ENV_KEY: snprintf(msg, sizeof msg, "Invalid UTF-8 in a key of the template: \"%s\"", bad_shown[i]); path = "S/F/Resource: "; break;
            case U_OUTPUT: snprintf(msg, sizeof msg, "Invalid UTF-8 in a string of the template: \"%s\"", bad_shown[i]); path = "S/O: "; break;
            case U_STACK_DESCRIPTION: snprintf(msg, sizeof msg, "Invalid UTF-8 in a string of the template: \"%s\"", bad_shown[i]); path = "T: "; break;
            case U_TAG_VALUE: snprintf(msg, sizeof msg, "Invalid UTF-8 in a tag value: \"%s\"", bad_shown[i]); path = "S: "; break;
            case U_TAG_KEY: snprintf(msg, sizeof msg, "Invalid UTF-8 in a tag key: \"%s\"", bad_shown[i]); path = "S: "; break;
            case U_STACK_TAG: snprintf(msg, sizeof msg, "Invalid UTF-8 in a tag value: \"%s\"", bad_shown[i]); path = "T: "; break;
            case U_CONTEXT_KEY: snprintf(msg, sizeof msg, "Invalid UTF-8 in context key \"%s\"", bad_shown[i]); path = "S: "; break;
            case U_CONTEXT_VALUE: snprintf(msg, sizeof msg, "Invalid JSON for context key 'k': invalid UTF-8 in a string"); path = "S: "; break;
            default: snprintf(msg, sizeof msg, "Invalid UTF-8 in a string of the template: \"%s\"", bad_shown[i]); path = "S/F/Resource: "; break;
            }
            run(b, (void *)bad_utf8[i], msg, path, names[u_kind]);
        }
    }
    /* in CDK_CONTEXT_JSON: the App fails */
    setenv("CDK_CONTEXT_JSON", "{\"k\": \"\xff\"}", 1);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    unsetenv("CDK_CONTEXT_JSON");
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    CHECK_STR_EQ(ccdk_app_error(app, 0), "CDK_CONTEXT_JSON is not a JSON object: invalid UTF-8 in a string");
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
}

void ccdk__process_errors_clear(void); /* src/core: the process-wide errors of earlier builds */

/* A rule target of one's own without a config or an ARN (a required field in aws-cdk-lib's types):
 * an error on the process-wide list, and a target all the same, which a rule takes as nothing. */
TEST(rule_target_of_without_arn)
{
    char dir[] = "/tmp/ccdk-rule-target-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    char out[64];
    snprintf(out, sizeof out, "%s/out", dir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = out});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    size_t before = ccdk_process_error_count();
    ccdk_events_rule_target *no_config = ccdk_events_rule_target_of(stack, NULL);
    ccdk_events_rule_target *no_arn = ccdk_events_rule_target_of(stack, &(ccdk_events_rule_target_config){.id = "X"});
    CHECK(no_config != NULL && no_arn != NULL);
    if (!CHECK_RET(ccdk_process_error_count() == before + 2))
        return;
    CHECK(strstr(ccdk_process_error(before), "ccdk_events_rule_target_of: the config is NULL") != NULL);
    CHECK(strstr(ccdk_process_error(before + 1), "ccdk_events_rule_target_of: the config's arn is NULL") != NULL);
    ccdk__process_errors_clear(); /* (the list would fail every later synth) */
    ccdk_events_rule *rule = ccdk_events_rule_new(stack, "R", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_expression(stack, "rate(1 day)")});
    ccdk_events_rule_add_target(rule, no_config);
    ccdk_events_rule_add_target(rule, no_arn);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    CHECK(ccdk_app_synth(app) == 0);
    ccdk_app_free(app);
}

int main(void)
{
    RUN(negative_durations_on_every_path);
    RUN(nan_and_fractional_durations);
    RUN(negative_size);
    RUN(arns_that_are_not_arns);
    RUN(empty_asset_path);
    RUN(invalid_utf8);
    RUN(rule_target_of_without_arn);
    return TEST_DONE();
}
