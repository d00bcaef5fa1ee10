/* Conformance case 'user-settlement-guardrails': see app.js. */
#include <string.h>

#include <ccdk/cloudwatch.h>
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_code_signing.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_insights.h>
#include <ccdk/lambda_singleton.h>
#include <ccdk/lambda_v2.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>
#include <ccdk/signer.h>
#include <ccdk/sqs.h>

/* the RetainLogGroups aspect */
static void retain_log_groups(void *construct, void *ctx)
{
    (void)ctx;
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    if (r && !strcmp(ccdk_cfn_resource_type(r), "AWS::Logs::LogGroup"))
        ccdk_cfn_resource_apply_removal_policy(r, CCDK_REMOVAL_POLICY_RETAIN);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_tags_add(app, "owner", "settlement-team");
    ccdk_stack *stack = ccdk_stack_new(app, "Settlement", &(ccdk_stack_props){
        .account = "123456789012",
        .region = "us-west-2",
        .tags = CCDK_KVS({"data-classification", "confidential"}),
    });

    ccdk_signer_signing_profile *profile = ccdk_signer_signing_profile_new(stack, "SigningProfile", &(ccdk_signer_signing_profile_props){
        .platform = CCDK_SIGNER_PLATFORM_AWS_LAMBDA_SHA384_ECDSA,
        .signature_validity = ccdk_duration_days(365),
    });
    ccdk_lambda_code_signing_config *signing = ccdk_lambda_code_signing_config_new(stack, "CodeSigning", &(ccdk_lambda_code_signing_config_props){
        .signing_profiles = CCDK_LIST(profile),
        .untrusted_artifact_on_deployment = CCDK_LAMBDA_UNTRUSTED_ARTIFACT_ENFORCE,
        .description = "settlement code must be signed",
    });

    ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "SettlementLogs", &(ccdk_logs_log_group_props){
        .log_group_name = "/settlement/settle",
        .retention = CCDK_LOGS_RETENTION_TWO_WEEKS,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });

    ccdk_lambda_function *settle = ccdk_lambda_function_new(stack, "Settle", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "settlement", NULL),
        .code_signing_config = signing,
        .insights_version = CCDK_LAMBDA_INSIGHTS_VERSION(1_0_333_0),
        .params_and_secrets = &(ccdk_lambda_params_and_secrets){
            .version = CCDK_LAMBDA_PARAMS_AND_SECRETS_V1_0_103,
            .cache_size = CCDK_NUM(500),
            .log_level = CCDK_LAMBDA_PARAMS_AND_SECRETS_LOG_LEVEL_WARN,
            .secrets_manager_ttl = ccdk_duration_minutes(2),
        },
        .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
        .application_log_level_v2 = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_INFO,
        .system_log_level_v2 = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_WARN,
        .log_group = log_group,
        .memory_size = CCDK_NUM(1024),
        .timeout = ccdk_duration_seconds(30),
    });

    ccdk_events_event_bus *bus = ccdk_events_event_bus_new(stack, "SettlementBus", &(ccdk_events_event_bus_props){
        .event_bus_name = "settlement-events",
    });
    ccdk_sqs_queue *failures = ccdk_sqs_queue_new(stack, "SettlementFailures", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED,
    });
    ccdk_lambda_alias *live = ccdk_lambda_alias_new(stack, "SettleLive", &(ccdk_lambda_alias_props){
        .alias_name = "live",
        .version = ccdk_lambda_function_current_version(settle),
        .on_success = ccdk_lambda_destinations_event_bridge_destination(stack, ccdk_events_event_bus_arn(bus)),
        .on_failure = ccdk_lambda_destinations_sqs_destination(failures),
        .max_event_age = ccdk_duration_minutes(30),
        .retry_attempts = CCDK_NUM(2),
    });

    ccdk_lambda_singleton_function_props reconciler_props = {
        .uuid = "b0c1d2e3-4f50-6172-8394-a5b6c7d8e9f0",
        .lambda_purpose = "Reconciler",
        .function = {
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .handler = "index.reconcile",
            .code = ccdk_lambda_code_from_asset(stack, "settlement", NULL),
            .code_signing_config = signing,
            .timeout = ccdk_duration_minutes(1),
        },
    };
    ccdk_lambda_singleton_function *reconciler = ccdk_lambda_singleton_function_new(stack, "Reconciler", &reconciler_props);
    ccdk_lambda_function *refunds = ccdk_lambda_function_new(stack, "Refunds", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "settlement", NULL),
        .code_signing_config = signing,
        .on_success = ccdk_lambda_destinations_lambda_destination(reconciler, &(ccdk_lambda_destinations_lambda_destination_options){
            .response_only = CCDK_TRUE,
        }),
        .retry_attempts = CCDK_NUM(0),
    });
    ccdk_lambda_singleton_function *reconciler_again = ccdk_lambda_singleton_function_new(stack, "ReconcilerForAudit", &reconciler_props);
    ccdk_lambda_function_add_environment(ccdk_lambda_singleton_function_lambda(reconciler_again), "AUDIT", "true");

    ccdk_cloudwatch_alarm *errors_alarm = ccdk_cloudwatch_metric_create_alarm(
        ccdk_lambda_function_metric_errors(live, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(1)}),
        stack, "LiveErrors", &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(1),
            .evaluation_periods = CCDK_NUM(3),
            .datapoints_to_alarm = CCDK_NUM(2),
            .treat_missing_data = CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
            .alarm_description = "settlement errors on the live alias",
        });
    ccdk_cloudwatch_alarm *latency_alarm = ccdk_cloudwatch_alarm_new(stack, "SettleLatency", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_duration(settle, &(ccdk_cloudwatch_metric_options){
            .statistic = "p99",
            .period = ccdk_duration_minutes(5),
        }),
        .threshold = CCDK_NUM(20000),
        .evaluation_periods = CCDK_NUM(1),
        .comparison_operator = CCDK_CW_GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });

    ccdk_cloudwatch_dashboard_new(stack, "SettlementDashboard", &(ccdk_cloudwatch_dashboard_props){
        .dashboard_name = "settlement",
        .widgets = CCDK_LIST_OF(ccdk_cloudwatch_widget_list,
            CCDK_LIST(ccdk_cloudwatch_alarm_widget_new(stack, &(ccdk_cloudwatch_alarm_widget_props){
                          .title = "Live errors",
                          .alarm = errors_alarm,
                      }),
                      ccdk_cloudwatch_alarm_widget_new(stack, &(ccdk_cloudwatch_alarm_widget_props){
                          .title = "p99 latency",
                          .alarm = latency_alarm,
                      })),
            CCDK_LIST(ccdk_cloudwatch_graph_widget_new(stack, &(ccdk_cloudwatch_graph_widget_props){
                .title = "Refunds",
                .left = CCDK_LIST(ccdk_lambda_function_metric_invocations(refunds, NULL),
                                  ccdk_lambda_function_metric_errors(refunds, NULL)),
                .right = CCDK_LIST(ccdk_lambda_function_metric_duration(reconciler, NULL)),
                .width = 24,
            }))),
    });

    ccdk_aspects_add(stack, retain_log_groups, NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
