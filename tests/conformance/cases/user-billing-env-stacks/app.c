/* Conformance case 'user-billing-env-stacks': an app as a user writes it: two stacks of one
 * environment (account and region set; the availability zones come from cdk.context.json), tags
 * on the app, on a stack (props and Tags.of) and on single resources; a shared stack with an
 * execution role, a Python layer (retained), an encrypted queue and a bucket, used across stacks
 * by a service stack's writer (SQS-fed, the shared role) and a scheduled summary function. */
#include <string.h>

#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_tags_add(app, "project", "billing");
    ccdk_tags_add(app, "cost-center", "cc-1234");

    ccdk_stack *shared = ccdk_stack_new(app, "BillingShared", &(ccdk_stack_props){
        .account = "111122223333",
        .region = "eu-west-1",
        .description = "Billing: shared resources",
        .tags = CCDK_KVS({"tier", "shared"}),
    });
    ccdk_iam_role *role = ccdk_iam_role_new(shared, "HandlerRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(shared, "lambda.amazonaws.com"),
        .description = "Execution role of the billing functions",
        .managed_policies = CCDK_LIST(ccdk_iam_managed_policy_from_aws_managed_policy_name(shared, "service-role/AWSLambdaBasicExecutionRole")),
    });
    ccdk_lambda_layer_version *common = ccdk_lambda_layer_version_new(shared, "Common", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(shared, "layer", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_PYTHON_3_12, CCDK_LAMBDA_RUNTIME_PYTHON_3_13),
        .compatible_architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64),
        .description = "billing helpers",
        .license = "Apache-2.0",
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });
    ccdk_sqs_queue *invoices = ccdk_sqs_queue_new(shared, "Invoices", &(ccdk_sqs_queue_props){
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED,
        .retention_period = ccdk_duration_days(4),
        .visibility_timeout = ccdk_duration_minutes(2),
    });
    ccdk_s3_bucket *reports = ccdk_s3_bucket_new(shared, "Reports", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED,
        .block_public_access = CCDK_S3_BLOCK_ALL,
        .enforce_ssl = CCDK_TRUE,
    });
    ccdk_tags_add(reports, "data-classification", "confidential");

    ccdk_stack *service = ccdk_stack_new(app, "BillingService", &(ccdk_stack_props){
        .account = "111122223333",
        .region = "eu-west-1",
        .description = "Billing: functions",
    });
    ccdk_tags_add(service, "tier", "service");
    /* service.availabilityZones.join(','): the zones are literals (context or dummies) */
    ccdk_strs azs = ccdk_stack_availability_zones(service);
    char zones[512] = "";
    for (size_t i = 0; i < azs.count; i++) {
        if (i)
            strcat(zones, ",");
        strcat(zones, azs.items[i]);
    }
    ccdk_lambda_function *writer = ccdk_lambda_function_new(service, "InvoiceWriter", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "writer.handler",
        .code = ccdk_lambda_code_from_asset(service, "src", NULL),
        .role = role,
        .layers = CCDK_LIST(common),
        .timeout = ccdk_duration_seconds(60),
        .environment = CCDK_KVS({"REPORTS_BUCKET", ccdk_s3_bucket_name(reports)}, {"ZONES", zones}),
    });
    ccdk_lambda_function_add_event_source(writer, ccdk_lambda_sqs_event_source(invoices, &(ccdk_lambda_sqs_event_source_props){
        .batch_size = CCDK_NUM(20),
        .max_batching_window = ccdk_duration_seconds(30),
        .report_batch_item_failures = CCDK_TRUE,
    }));
    ccdk_s3_bucket_grant_put(reports, writer, "invoices/*");
    ccdk_tags_add(writer, "component", "writer");

    ccdk_lambda_function *summary = ccdk_lambda_function_new(service, "Summary", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "summary.handler",
        .code = ccdk_lambda_code_from_asset(service, "src", NULL),
        .layers = CCDK_LIST(common),
        .environment = CCDK_KVS({"REPORTS_BUCKET", ccdk_s3_bucket_name(reports)}, {"QUEUE_URL", ccdk_sqs_queue_url(invoices)}),
    });
    ccdk_s3_bucket_grant_read(reports, summary, "invoices/*");
    ccdk_sqs_queue_grant_send_messages(invoices, summary);
    ccdk_events_rule_new(service, "Daily", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_cron(service, &(ccdk_events_cron_options){.minute = "0", .hour = "6"}),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(summary, NULL)),
    });
    ccdk_tags_add(summary, "component", "summary");
    ccdk_tags_remove(summary, "cost-center");

    ccdk_cfn_output_new(service, "WriterArn", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_function_arn(writer),
        .export_name = "billing-writer-arn",
    });
    ccdk_cfn_output_new(shared, "RoleArn", &(ccdk_cfn_output_props){.value = ccdk_iam_role_arn(role)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
