/* KinesisEventSource with an SNS on-failure destination and a tumbling window; streams with props. */
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "MyStream", NULL);
    ccdk_sns_topic *failures = ccdk_sns_topic_new(stack, "Failures", NULL);
    ccdk_value *pattern = ccdk_v_object(stack);
    ccdk_v_set(pattern, "kind", ccdk_lambda_filter_rule_not_equals(stack, "noise"));
    ccdk_v_set(pattern, "id", ccdk_lambda_filter_rule_begins_with(stack, "A"));
    ccdk_lambda_event_source *source = ccdk_lambda_kinesis_event_source(stream, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .tumbling_window = ccdk_duration_minutes(2),
        .on_failure = ccdk_lambda_sns_dlq(failures),
        .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, ccdk_v_set(ccdk_v_object(stack), "data", pattern))),
    });
    ccdk_lambda_function_add_event_source(fn, source);
    ccdk_cfn_output_new(stack, "MappingId", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_id_of(source)});
    ccdk_cfn_output_new(stack, "MappingArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_event_source_mapping_arn_of(source)});

    ccdk_kinesis_stream *named = ccdk_kinesis_stream_new(stack, "Named", &(ccdk_kinesis_stream_props){
        .stream_name = "named",
        .shard_count = CCDK_NUM(3),
        .retention_period = ccdk_duration_days(2),
        .stream_mode = CCDK_KINESIS_STREAM_MODE_PROVISIONED,
        .encryption = CCDK_KINESIS_ENCRYPTION_MANAGED,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_lambda_alias *alias = ccdk_lambda_function_add_alias(fn, "live", NULL);
    ccdk_lambda_function_add_event_source(alias, ccdk_lambda_kinesis_event_source(named, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP,
        .starting_position_timestamp = CCDK_NUM(1700000000),
        .batch_size = CCDK_NUM(10000),
        .parallelization_factor = CCDK_NUM(10),
        .retry_attempts = CCDK_NUM(-1),
        .max_record_age = ccdk_duration_days(7),
        /* checked, then not passed on to the mapping by aws-cdk-lib's StreamEventSource */
        .provisioned_poller_config = &(ccdk_lambda_provisioned_poller_config){
            .minimum_pollers = CCDK_NUM(3), .maximum_pollers = CCDK_NUM(4)},
    }));
    ccdk_kinesis_stream_new(stack, "OnDemand", &(ccdk_kinesis_stream_props){
        .stream_mode = CCDK_KINESIS_STREAM_MODE_ON_DEMAND,
        .encryption = CCDK_KINESIS_ENCRYPTION_UNENCRYPTED,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
