/* Conformance case 'user-imported-resources': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Reconciliation", &(ccdk_stack_props){
        .account = "123456789012",
        .region = "eu-west-1",
    });

    ccdk_iam_role *platform_role = ccdk_iam_role_from_role_arn_with_options(stack, "PlatformExecRole",
        "arn:aws:iam::123456789012:role/platform/lambda-exec", &(ccdk_iam_from_role_arn_options){.mutable_ = CCDK_FALSE});
    ccdk_iam_role *report_role = ccdk_iam_role_from_role_arn(stack, "ReportRole", "arn:aws:iam::123456789012:role/report-runner");

    ccdk_sqs_queue *inbox = ccdk_sqs_queue_from_queue_arn(stack, "Inbox", "arn:aws:sqs:eu-west-1:123456789012:reconcile-inbox");
    ccdk_dynamodb_table *ledger = ccdk_dynamodb_table_from_table_name(stack, "Ledger", "ledger-entries");
    ccdk_s3_bucket *artifacts = ccdk_s3_bucket_from_bucket_name(stack, "Artifacts", "acme-shared-artifacts");
    ccdk_sns_topic *finance = ccdk_sns_topic_from_topic_arn(stack, "FinanceEvents", "arn:aws:sns:eu-west-1:123456789012:finance-events");
    ccdk_lambda_layer_version *powertools = ccdk_lambda_layer_version_from_layer_version_arn(stack, "Powertools",
        "arn:aws:lambda:eu-west-1:017000801446:layer:AWSLambdaPowertoolsPythonV3-python312-x86_64:7");

    ccdk_lambda_function *reconciler = ccdk_lambda_function_new(stack, "Reconciler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "reconcile", NULL),
        .role = platform_role,
        .environment = CCDK_KVS({"LEDGER_TABLE", ccdk_dynamodb_table_name(ledger)}),
    });
    ccdk_lambda_function_add_event_source(reconciler, ccdk_lambda_sqs_event_source(inbox, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(10),
    }));
    ccdk_dynamodb_table_grant_read_write_data(ledger, reconciler);

    ccdk_lambda_function *report = ccdk_lambda_function_new(stack, "MonthlyReport", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "report.handler",
        .code = ccdk_lambda_code_from_bucket(artifacts, "lambda/monthly-report-1.4.2.zip", NULL),
        .role = report_role,
        .layers = CCDK_LIST(powertools),
        .timeout = ccdk_duration_minutes(10),
    });
    ccdk_s3_bucket_grant_read(artifacts, report, "reports/*");
    ccdk_s3_bucket_grant_put(artifacts, report, "reports/out/*");
    ccdk_sns_topic_grant_publish(finance, report);

    ccdk_lambda_function *billing = ccdk_lambda_function_from_function_attributes(stack, "LegacyBilling", &(ccdk_lambda_function_attributes){
        .function_arn = "arn:aws:lambda:eu-west-1:123456789012:function:legacy-billing",
        .same_environment = CCDK_TRUE,
    });
    ccdk_lambda_function_grant_invoke(billing, report);
    ccdk_lambda_function_add_permission(billing, "FromFinanceBucket", &(ccdk_lambda_permission){
        .principal = ccdk_iam_service_principal(stack, "s3.amazonaws.com"),
        .source_arn = ccdk_s3_bucket_arn(artifacts),
        .source_account = "123456789012",
    });
    ccdk_sns_topic_add_lambda_subscription(finance, billing, NULL);

    ccdk_lambda_function *partner_hook = ccdk_lambda_function_from_function_attributes(stack, "PartnerHook", &(ccdk_lambda_function_attributes){
        .function_arn = "arn:aws:lambda:eu-west-1:999988887777:function:partner-webhook",
        .skip_permissions = CCDK_TRUE,
    });
    ccdk_lambda_function_grant_invoke(partner_hook, report);

    ccdk_lambda_function *auditor = ccdk_lambda_function_from_function_arn(stack, "Auditor",
        "arn:aws:lambda:eu-west-1:123456789012:function:ledger-auditor");
    ccdk_lambda_version *auditor_v3 = ccdk_lambda_version_from_version_arn(stack, "AuditorV3",
        "arn:aws:lambda:eu-west-1:123456789012:function:ledger-auditor:3");
    ccdk_lambda_alias *auditor_live = ccdk_lambda_alias_from_alias_attributes(stack, "AuditorLive", &(ccdk_lambda_alias_attributes){
        .alias_name = "live",
        .alias_version = auditor_v3,
    });
    ccdk_lambda_function_grant_invoke(auditor_live, report);
    ccdk_events_rule_new(stack, "NightlyAudit", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "30", .hour = "1"}),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(auditor, NULL)),
    });

    ccdk_cfn_output_new(stack, "ReconcilerArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(reconciler)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
