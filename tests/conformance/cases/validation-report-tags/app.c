/* Conformance case 'validation-report-tags': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/codeguru.h>
#include <ccdk/dynamodb.h>
#include <ccdk/ec2.h>
#include <ccdk/ec2_vpc_endpoint_services.h>
#include <ccdk/ecr.h>
#include <ccdk/efs.h>
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_code_signing.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>
#include <ccdk/s3.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/signer.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>
#include <ccdk/ssm.h>
#include <ctype.h>
#include <string.h>

static void build(ccdk_app *app, const char *id, const char *tag_key, const char *tag_value)
{
    ccdk_stack *stack = ccdk_stack_new(app, id, NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    char alias[64] = "alias/";
    for (size_t i = 0; id[i] && i < 50; i++)
        alias[6 + i] = (char)tolower((unsigned char)id[i]), alias[7 + i] = 0;
    ccdk_kms_alias_new(stack, "KeyAlias", &(ccdk_kms_alias_props){.alias_name = alias, .target_key = key});
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_sns_topic_add_sqs_subscription(topic, queue, NULL);
    ccdk_s3_bucket_new(stack, "Bucket", &(ccdk_s3_bucket_props){.enforce_ssl = CCDK_TRUE});
    ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){
        .partition_key = {"p", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
    ccdk_dynamodb_table_v2_new(stack, "TableV2", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"p", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "Stream", NULL);
    ccdk_kinesis_stream_consumer_new(stack, "Consumer", &(ccdk_kinesis_stream_consumer_props){
        .stream = stream, .stream_consumer_name = "consumer"});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return None\n"),
        .log_group = ccdk_logs_log_group_new(stack, "Logs", NULL),
    });
    ccdk_lambda_function_add_alias(fn, "live", NULL);
    ccdk_lambda_function_add_function_url(fn, NULL);
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_event_source(stream, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST}));
    ccdk_cloudwatch_alarm *errors = ccdk_cloudwatch_alarm_new(stack, "Errors", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_errors(fn, NULL), .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    ccdk_cloudwatch_composite_alarm_new(stack, "Composite", &(ccdk_cloudwatch_composite_alarm_props){
        .alarm_rule = ccdk_cloudwatch_alarm_rule_from_alarm(errors, CCDK_CW_ALARM_STATE_ALARM)});
    ccdk_events_rule_new(stack, "Hourly", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(stack, ccdk_duration_hours(1)),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(fn, NULL)),
    });
    ccdk_events_event_bus_new(stack, "Bus", NULL);
    ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
    ccdk_ssm_string_parameter_new(stack, "Param", &(ccdk_ssm_string_parameter_props){.string_value = "v"});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(1), .restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_vpc_add_interface_endpoint(vpc, "SqsEndpoint", &(ccdk_ec2_interface_vpc_endpoint_options){
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_SQS});
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(stack, "Fs", &(ccdk_efs_file_system_props){.vpc = vpc});
    ccdk_efs_file_system_add_access_point(fs, "AccessPoint", NULL);
    ccdk_iam_user_new(stack, "User", NULL);
    ccdk_iam_group_new(stack, "Group", NULL);
    ccdk_iam_managed_policy_new(stack, "Policy", &(ccdk_iam_managed_policy_props){
        .statements = CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("*")}))});
    ccdk_ecr_repository_new(stack, "Repo", NULL);
    ccdk_signer_signing_profile *profile = ccdk_signer_signing_profile_new(stack, "Profile", &(ccdk_signer_signing_profile_props){
        .platform = CCDK_SIGNER_PLATFORM_AWS_LAMBDA_SHA384_ECDSA});
    ccdk_lambda_code_signing_config_new(stack, "Signing", &(ccdk_lambda_code_signing_config_props){
        .signing_profiles = CCDK_LIST(profile)});
    ccdk_codeguru_profiling_group_new(stack, "Profiling", NULL);
    ccdk_tags_add(stack, tag_key, tag_value);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    char long_value[258], long_key[130];
    memset(long_value, 'v', 257), long_value[257] = 0;
    memset(long_key, 'k', 129), long_key[129] = 0;
    build(app, "BadValue", "team", "R&D, Logistik 📦");
    build(app, "BadKey", "cost&center", "finance");
    build(app, "LongValue", "note", long_value);
    build(app, "LongKey", long_key, "v");
    build(app, "EmptyValue", "flag", "");
    build(app, "EmptyKey", "", "value");
    build(app, "FineTags", "Abteilung", "Grüße aus Köln\u00a0١٢٣ 日本");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
