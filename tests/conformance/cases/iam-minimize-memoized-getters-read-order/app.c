/* Conformance case 'iam-minimize-memoized-getters-read-order': see app.js. The memoized getters of a
 * TableV2, ManagedPolicy, User, Group, StreamConsumer, Alarm, ECR Repository, ProfilingGroup, KMS
 * Alias and LogStream number their tokens at their first read (token.c): the merged statement's
 * resources and the producer's exports follow the reads, not the order the constructs were made in.
 * (app.js's Lazy strings only move aws-cdk-lib's counter.) */
#include <ccdk/cloudwatch.h>
#include <ccdk/codeguru.h>
#include <ccdk/dynamodb.h>
#include <ccdk/ecr.h>
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>
#include <ccdk/logs.h>

static void allow(ccdk_iam_role *role, const char *resource)
{
    ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(role, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("ec2:DescribeTags"), .resources = CCDK_STRS(resource)}));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/aws-iam:minimizePolicies", "true"})});
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_v2_new(producer, "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .dynamo_stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE,
    });
    ccdk_iam_managed_policy *policy = ccdk_iam_managed_policy_new(producer, "Policy", &(ccdk_iam_managed_policy_props){
        .statements = (ccdk_iam_policy_statement_list)CCDK_LIST(ccdk_iam_policy_statement_new(producer, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:ListBucket"), .resources = CCDK_STRS("*")})),
    });
    ccdk_iam_user *user = ccdk_iam_user_new(producer, "User", NULL);
    ccdk_iam_group *group = ccdk_iam_group_new(producer, "Group", NULL);
    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(producer, "Stream", NULL);
    ccdk_kinesis_stream_consumer *stream_consumer = ccdk_kinesis_stream_consumer_new(producer, "StreamConsumer",
        &(ccdk_kinesis_stream_consumer_props){.stream = stream, .stream_consumer_name = "c"});
    ccdk_cloudwatch_alarm *alarm = ccdk_cloudwatch_alarm_new(producer, "Alarm", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_new(producer, &(ccdk_cloudwatch_metric_props){.namespace_ = "AWS", .metric_name = "Henk"}),
        .evaluation_periods = CCDK_NUM(3),
        .threshold = CCDK_NUM(100),
    });
    ccdk_ecr_repository *repo = ccdk_ecr_repository_new(producer, "Repo", NULL);
    ccdk_codeguru_profiling_group *profiling_group = ccdk_codeguru_profiling_group_new(producer, "ProfilingGroup", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(producer, "Key", NULL);
    ccdk_kms_key *alias = ccdk_kms_alias_new(producer, "Alias", &(ccdk_kms_alias_props){.alias_name = "alias/a", .target_key = key});
    ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(producer, "LogGroup", NULL);
    ccdk_logs_log_stream *log_stream = ccdk_logs_log_stream_new(producer, "LogStream", &(ccdk_logs_log_stream_props){.log_group = log_group});
    ccdk_iam_role *role = ccdk_iam_role_new(consumer, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(consumer, "lambda.amazonaws.com"),
    });
    allow(role, ccdk_logs_log_stream_name(log_stream));
    allow(role, ccdk_kms_alias_name(alias));
    allow(role, ccdk_codeguru_profiling_group_arn(profiling_group));
    allow(role, ccdk_ecr_repository_name(repo));
    allow(role, ccdk_cloudwatch_alarm_name(alarm));
    allow(role, ccdk_kinesis_stream_consumer_arn(stream_consumer));
    allow(role, ccdk_kinesis_stream_name(stream));
    allow(role, ccdk_iam_group_arn(group));
    allow(role, ccdk_iam_user_name(user));
    allow(role, ccdk_iam_managed_policy_name(policy));
    allow(role, ccdk_dynamodb_table_stream_arn(table));
    allow(role, ccdk_dynamodb_table_name(table));
    allow(role, ccdk_iam_user_arn(user));
    allow(role, ccdk_iam_managed_policy_arn(policy));
    allow(role, ccdk_kms_alias_arn(alias));
    allow(role, ccdk_dynamodb_table_arn(table));
    allow(role, ccdk_iam_group_name(group));
    allow(role, ccdk_kinesis_stream_consumer_name(stream_consumer));
    allow(role, ccdk_cloudwatch_alarm_arn(alarm));
    allow(role, ccdk_ecr_repository_arn(repo));
    allow(role, ccdk_codeguru_profiling_group_name(profiling_group));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
