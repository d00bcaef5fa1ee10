/* test_appscaling.c - C-only behaviour of the appscaling ScalableTarget, step scaling and target
 * tracking, and of this round's sns, sqs (QueuePolicy), logs and events additions: NULL and missing arguments, imports given to
 * methods aws-cdk-lib's interfaces lack, bad enums. Each failing build must fail the synth and write
 * nothing; the aws-cdk-lib behaviours are the conformance cases'. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ccdk/appscaling.h>
#include <ccdk/events.h>
#include <ccdk/logs.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

#include "testlib.h"

typedef void (*build_fn)(ccdk_stack *stack);

void ccdk__process_errors_clear(void); /* src/core: the process-wide errors of earlier builds */

/* synth fails, some error (of the App's, the process-wide ones included) holds message, nothing written */
static void expect_failure(build_fn build, const char *message)
{
    ccdk__process_errors_clear();
    char dir[] = "/tmp/ccdk-appscaling-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    char out[64];
    snprintf(out, sizeof out, "%s/out", dir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    build(stack);
    CHECK_MSG(ccdk_app_synth(app) != 0, "synth succeeded; expected: %s", message);
    int found = 0;
    for (size_t i = 0; i < ccdk_app_error_count(app) && !found; i++)
        found = strstr(ccdk_app_error(app, i), message) != NULL;
    CHECK_MSG(found, "no error contains \"%s\"", message);
    if (!found)
        for (size_t i = 0; i < ccdk_app_error_count(app); i++)
            fprintf(stderr, "      error %zu: %s\n", i, ccdk_app_error(app, i));
    struct stat st;
    CHECK_MSG(stat(out, &st) != 0, "synth wrote %s", out);
    ccdk_app_free(app);
    rmdir(dir);
}

static ccdk_appscaling_scalable_target *target(ccdk_stack *s)
{
    return ccdk_appscaling_scalable_target_new(s, "T", &(ccdk_appscaling_scalable_target_props){
        .service_namespace = "lambda", .scalable_dimension = "lambda:function:ProvisionedConcurrency",
        .resource_id = "function:f:live", .min_capacity = CCDK_NUM(1), .max_capacity = CCDK_NUM(2)});
}

static ccdk_cloudwatch_metric *metric(ccdk_stack *s)
{
    return ccdk_cloudwatch_metric_new(s, &(ccdk_cloudwatch_metric_props){.namespace_ = "N", .metric_name = "M"});
}

static void b_target_no_props(ccdk_stack *s) { ccdk_appscaling_scalable_target_new(s, "T", NULL); }
static void b_target_no_namespace(ccdk_stack *s)
{
    ccdk_appscaling_scalable_target_new(s, "T", &(ccdk_appscaling_scalable_target_props){
        .scalable_dimension = "d", .resource_id = "r", .min_capacity = CCDK_NUM(1), .max_capacity = CCDK_NUM(2)});
}
static void b_import_scale_on_metric(ccdk_stack *s)
{
    ccdk_appscaling_scalable_target *t = ccdk_appscaling_scalable_target_from_scalable_target_attributes(s, "I",
        &(ccdk_appscaling_scalable_target_attributes){.scalable_target_id = "x", .scalable_dimension = "d", .service_namespace = "n"});
    CHECK(ccdk_appscaling_scalable_target_scale_on_metric(t, "P", &(ccdk_appscaling_step_scaling_policy_props){
        .metric = metric(s), .scaling_steps = CCDK_LIST_OF(ccdk_appscaling_scaling_interval, {.upper = CCDK_NUM(0), .change = -1},
                                                           {.lower = CCDK_NUM(10), .change = 1})}) == NULL);
}
static void b_import_role_policy(ccdk_stack *s)
{
    ccdk_appscaling_scalable_target_add_to_role_policy(ccdk_appscaling_scalable_target_from_scalable_target_id(s, "I", "x"),
        ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){.actions = CCDK_STRS("a:b"), .resources = CCDK_STRS("*")}));
}
static void b_bad_adjustment_type(ccdk_stack *s)
{
    ccdk_appscaling_scalable_target_scale_on_metric(target(s), "P", &(ccdk_appscaling_step_scaling_policy_props){
        .metric = metric(s), .adjustment_type = (ccdk_appscaling_adjustment_type)9,
        .scaling_steps = CCDK_LIST_OF(ccdk_appscaling_scaling_interval, {.upper = CCDK_NUM(0), .change = -1},
                                      {.lower = CCDK_NUM(10), .change = 1})});
}
static void b_no_metric(ccdk_stack *s)
{
    ccdk_appscaling_scalable_target_scale_on_metric(target(s), "P", &(ccdk_appscaling_step_scaling_policy_props){
        .scaling_steps = CCDK_LIST_OF(ccdk_appscaling_scaling_interval, {.upper = CCDK_NUM(0), .change = -1},
                                      {.lower = CCDK_NUM(10), .change = 1})});
}
static void b_interval_without_bounds(ccdk_stack *s)
{
    ccdk_appscaling_scalable_target_scale_on_metric(target(s), "P", &(ccdk_appscaling_step_scaling_policy_props){
        .metric = metric(s),
        .scaling_steps = CCDK_LIST_OF(ccdk_appscaling_scaling_interval, {.change = -1}, {.lower = CCDK_NUM(10), .change = 1})});
}
static void b_action_no_target(ccdk_stack *s)
{
    ccdk_appscaling_step_scaling_action_new(s, "A", &(ccdk_appscaling_step_scaling_action_props){0});
}
static void b_track_no_value(ccdk_stack *s)
{
    ccdk_appscaling_scalable_target_scale_to_track_metric(target(s), "P", &(ccdk_appscaling_target_tracking_props){
        .predefined_metric = "LambdaProvisionedConcurrencyUtilization"});
}
static void b_sns_import_logging(ccdk_stack *s)
{
    ccdk_sns_topic_add_logging_config(ccdk_sns_topic_from_topic_arn(s, "I", "arn:aws:sns:us-east-1:123456789012:t"),
                                      &(ccdk_sns_logging_config){.protocol = CCDK_SNS_LOGGING_PROTOCOL_SQS});
}
static void b_sns_bad_protocol(ccdk_stack *s)
{
    ccdk_sns_topic_add_logging_config(ccdk_sns_topic_new(s, "T", NULL), &(ccdk_sns_logging_config){0});
}
static void b_sns_subscription_no_id(ccdk_stack *s)
{
    ccdk_sns_topic_add_subscription(ccdk_sns_topic_new(s, "T", NULL), &(ccdk_sns_topic_subscription_config){
        .protocol = CCDK_SNS_PROTOCOL_HTTPS, .endpoint = "https://x"});
}
static void b_sns_topic_policy_no_topics(ccdk_stack *s)
{
    ccdk_sns_topic_policy_new(s, "P", &(ccdk_sns_topic_policy_props){.enforce_ssl = CCDK_TRUE});
}
static void b_sns_topic_policy_null_props(ccdk_stack *s) { ccdk_sns_topic_policy_new(s, "P", NULL); }
static void b_sns_topic_policy_null_topic(ccdk_stack *s)
{
    ccdk_sns_topic_policy_new(s, "P", &(ccdk_sns_topic_policy_props){.topics = CCDK_LIST((ccdk_sns_topic *)NULL)});
}
static void b_sqs_queue_policy_no_queues(ccdk_stack *s) { ccdk_sqs_queue_policy_new(s, "P", &(ccdk_sqs_queue_policy_props){0}); }
static void b_sqs_queue_policy_null_props(ccdk_stack *s) { ccdk_sqs_queue_policy_new(s, "P", NULL); }
static void b_sqs_queue_policy_null_queue(ccdk_stack *s)
{
    ccdk_sqs_queue_policy_new(s, "P", &(ccdk_sqs_queue_policy_props){.queues = CCDK_LIST((ccdk_sqs_queue *)NULL)});
}
static void b_logs_destination_no_role(ccdk_stack *s)
{
    ccdk_logs_cross_account_destination_new(s, "D", &(ccdk_logs_cross_account_destination_props){.target_arn = "arn:x"});
}

static void b_events_no_authorization(ccdk_stack *s)
{
    ccdk_events_connection_new(s, "C", NULL);
}
static void b_events_bad_method(ccdk_stack *s)
{
    ccdk_events_connection_new(s, "C", &(ccdk_events_connection_props){
        .authorization = {.type = CCDK_EVENTS_AUTHORIZATION_BASIC, .username = "u", .password = "p",
                          .http_method = (ccdk_events_http_method)42}});
}
static void b_events_destination_no_connection(ccdk_stack *s)
{
    ccdk_events_api_destination_new(s, "D", &(ccdk_events_api_destination_props){.endpoint = "https://x"});
}

TEST(validations)
{
    expect_failure(b_target_no_props, "maxCapacity: required but missing.");
    expect_failure(b_target_no_namespace, "serviceNamespace: required but missing.");
    expect_failure(b_import_scale_on_metric, "is imported");
    expect_failure(b_import_role_policy, "is imported");
    expect_failure(b_bad_adjustment_type, "adjustmentType");
    expect_failure(b_no_metric, "metric");
    expect_failure(b_interval_without_bounds, "Must supply at least one of 'upper' or 'lower', got: {\"change\":-1}");
    expect_failure(b_action_no_target, "scaling_target");
    expect_failure(b_track_no_value, "targetValue: required but missing.");
    expect_failure(b_sns_import_logging, "is imported");
    expect_failure(b_sns_bad_protocol, "protocol");
    expect_failure(b_sns_subscription_no_id, "subscriber_id");
    expect_failure(b_sns_topic_policy_no_topics, "topics is required");
    expect_failure(b_sns_topic_policy_null_props, "props is NULL");
    expect_failure(b_sns_topic_policy_null_topic, "topics[i] is NULL");
    expect_failure(b_sqs_queue_policy_no_queues, "queues is required");
    expect_failure(b_sqs_queue_policy_null_props, "props is NULL");
    expect_failure(b_sqs_queue_policy_null_queue, "queues[i] is NULL");
    expect_failure(b_logs_destination_no_role, "roleArn: required but missing.");
    expect_failure(b_events_no_authorization, "authorization is required");
    expect_failure(b_events_bad_method, "httpMethod");
    expect_failure(b_events_destination_no_connection, "connection is required");
}

/* the getters: NULL for NULL, without an error; a policy's sides */
TEST(getters)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_appscaling_scalable_target *t = target(s);
    CHECK(ccdk_appscaling_scalable_target_role(t) != NULL);
    CHECK(ccdk_appscaling_scalable_target_id(t) != NULL);
    ccdk_appscaling_step_scaling_policy *p = ccdk_appscaling_scalable_target_scale_on_metric(t, "P",
        &(ccdk_appscaling_step_scaling_policy_props){.metric = metric(s),
            .scaling_steps = CCDK_LIST_OF(ccdk_appscaling_scaling_interval, {.lower = CCDK_NUM(10), .upper = CCDK_NUM(20), .change = 1},
                                          {.lower = CCDK_NUM(20), .change = 2})});
    CHECK(ccdk_appscaling_step_scaling_policy_lower_alarm(p) == NULL);
    CHECK(ccdk_appscaling_step_scaling_policy_lower_action(p) == NULL);
    CHECK(ccdk_appscaling_step_scaling_policy_upper_alarm(p) != NULL);
    CHECK(ccdk_appscaling_step_scaling_action_scaling_policy_arn(ccdk_appscaling_step_scaling_policy_upper_action(p)) != NULL);
    CHECK(ccdk_appscaling_scalable_target_role(ccdk_appscaling_scalable_target_from_scalable_target_id(s, "I", "x")) == NULL);
    CHECK_STR_EQ(ccdk_appscaling_scalable_target_id(ccdk_appscaling_scalable_target_from_scalable_target_id(s, "J", "x")), "x");
    /* a TopicPolicy's document: its own (made with assignSids), or the one given */
    ccdk_sns_topic *topic = ccdk_sns_topic_new(s, "Topic", NULL);
    CHECK(ccdk_sns_topic_policy_document(ccdk_sns_topic_policy_new(s, "TP", &(ccdk_sns_topic_policy_props){
              .topics = CCDK_LIST(topic)})) != NULL);
    ccdk_iam_policy_document *doc = ccdk_iam_policy_document_new(s, (ccdk_iam_policy_statement_list){0});
    CHECK(ccdk_sns_topic_policy_document(ccdk_sns_topic_policy_new(s, "TP2", &(ccdk_sns_topic_policy_props){
              .topics = CCDK_EMPTY_LIST, .policy_document = doc})) == doc);
    CHECK(ccdk_sns_topic_policy_document(NULL) == NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

int main(void)
{
    RUN(validations);
    RUN(getters);
    return TEST_DONE();
}
