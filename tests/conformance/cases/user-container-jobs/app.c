/* Conformance case 'user-container-jobs': see app.js. */
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_image.h>
#include <ccdk/lambda_v2.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "ContainerJobs", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-2"});

    ccdk_logs_log_group *logs = ccdk_logs_log_group_new(stack, "RendererLogs", &(ccdk_logs_log_group_props){
        .retention = CCDK_LOGS_RETENTION_TWO_WEEKS, .removal_policy = CCDK_REMOVAL_POLICY_DESTROY});

    ccdk_lambda_function *renderer = ccdk_lambda_docker_image_function_new(stack, "Renderer", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, "renderer", &(ccdk_lambda_asset_image_code_props){
            .cmd = CCDK_STRS("app.handler"),
            .platform = "linux/arm64",
            .build_args = CCDK_KVS({"PYTHON_VERSION", "3.12"}),
        }),
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .memory_size = CCDK_NUM(3008),
        .ephemeral_storage_size = ccdk_size_gibibytes(4),
        .timeout = ccdk_duration_minutes(10),
        .reserved_concurrent_executions = CCDK_NUM(5),
        .dead_letter_queue_enabled = CCDK_TRUE,
        .recursive_loop = CCDK_LAMBDA_RECURSIVE_LOOP_ALLOW,
        .retry_attempts = CCDK_NUM(0),
        .on_success = ccdk_lambda_destinations_event_bridge_destination(stack, NULL),
        .log_group = logs,
    });

    ccdk_sns_topic *jobs = ccdk_sns_topic_new(stack, "Jobs", &(ccdk_sns_topic_props){.display_name = "render jobs"});
    ccdk_sns_topic_add_lambda_subscription(jobs, renderer, &(ccdk_sns_lambda_subscription_props){
        .filter_policy = CCDK_LIST_OF(ccdk_sns_filter_entry,
            {"kind", ccdk_sns_subscription_filter_string(stack, &(ccdk_sns_string_conditions){
                .allowlist = CCDK_STRS("render", "rerender")})},
            {"priority", ccdk_sns_subscription_filter_numeric(stack, &(ccdk_sns_numeric_conditions){
                .greater_than = CCDK_NUM(5)})}),
    });

    ccdk_events_rule_new(stack, "Nightly", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "0", .hour = "3"}),
        .description = "nightly re-render",
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(renderer, &(ccdk_events_lambda_function_target_props){
            .event = ccdk_events_rule_target_input_from_object(stack, ccdk_v_json(stack, "{\"job\":\"nightly\"}"))})),
    });

    ccdk_lambda_function_url *url = ccdk_lambda_function_add_function_url(renderer, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM, .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_RESPONSE_STREAM});
    ccdk_iam_role *op = ccdk_iam_role_new(stack, "Operator", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_principal(stack, "123456789012")});
    ccdk_lambda_function_grant_invoke_url(renderer, op);

    ccdk_cfn_output_new(stack, "RendererUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(url)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
