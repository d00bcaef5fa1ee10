/* SnsEventSource on imported topics (Topic.fromTopicArn): the subscription's Region comes from the ARN. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_sns_topic *alerts = ccdk_sns_topic_from_topic_arn(stack, "Alerts", "arn:aws:sns:us-east-1:123456789012:alerts");
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sns_event_source(alerts, &(ccdk_lambda_sns_event_source_props){
        .filter_policy = CCDK_LIST(((ccdk_sns_filter_entry){"level", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
            .allowlist = CCDK_STRS("error")})})),
    }));
    ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(stack, "TopicArn", NULL);
    ccdk_sns_topic *by_param = ccdk_sns_topic_from_topic_arn(stack, "ByParam", ccdk_cfn_parameter_value_as_string(param));
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sns_event_source(by_param, NULL));
    ccdk_cfn_output_new(stack, "AlertsName", &(ccdk_cfn_output_props){.value = ccdk_sns_topic_name(alerts)});
    ccdk_cfn_output_new(stack, "ByParamName", &(ccdk_cfn_output_props){.value = ccdk_sns_topic_name(by_param)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
