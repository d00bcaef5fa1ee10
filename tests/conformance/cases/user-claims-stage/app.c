/* Conformance case 'user-claims-stage': see app.js. */
#include <string.h>

#include <ccdk/dynamodb.h>
#include <ccdk/events.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/sqs.h>

static int is_cfn_function(void *node, ccdk_cfn_resource **cfn)
{
    *cfn = ccdk_cfn_resource_of(node);
    return *cfn && strcmp(ccdk_cfn_resource_type(*cfn), "AWS::Lambda::Function") == 0;
}

/* The platform's aspect: a function without tracing gets it, and a warning. */
static void tracing_aspect(void *node, void *ctx)
{
    (void)ctx;
    ccdk_cfn_resource *cfn;
    if (is_cfn_function(node, &cfn) && !ccdk_cfn_resource_get_property(cfn, "TracingConfig")) {
        ccdk_cfn_resource_add_property_override(cfn, "TracingConfig.Mode", ccdk_v_string(cfn, "Active"));
        ccdk_annotations_add_warning(cfn, "claims:tracing", "tracing was off: turned on by the platform aspect");
    }
}

/* A read-only check of the Processing stack. */
static void concurrency_aspect(void *node, void *ctx)
{
    (void)ctx;
    ccdk_cfn_resource *cfn;
    if (is_cfn_function(node, &cfn) && !ccdk_cfn_resource_get_property(cfn, "ReservedConcurrentExecutions"))
        ccdk_annotations_add_info(cfn, "no reserved concurrency");
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/aws-lambda:recognizeLayerVersion", "true"},
                            {"@aws-cdk/core:explicitStackTags", "true"}),
    });
    ccdk_stage *prod = ccdk_stage_new(app, "Prod", &(ccdk_stage_props){
        .account = "444455556666", .region = "eu-west-2",
    });

    ccdk_stack *data = ccdk_stack_new(prod, "Data", &(ccdk_stack_props){
        .termination_protection = CCDK_TRUE,
        .description = "claims state",
    });
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(data, "ClaimsDlq", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
    });
    ccdk_sqs_queue *claims_queue = ccdk_sqs_queue_new(data, "Claims", &(ccdk_sqs_queue_props){
        .visibility_timeout = ccdk_duration_minutes(5),
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dlq, .max_receive_count = CCDK_NUM(3)},
    });
    ccdk_dynamodb_table *claims = ccdk_dynamodb_table_new(data, "ClaimsTable", &(ccdk_dynamodb_table_props){
        .partition_key = {"claimId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
    });
    ccdk_secretsmanager_secret *insurer_key = ccdk_secretsmanager_secret_new(data, "InsurerApiKey",
        &(ccdk_secretsmanager_secret_props){.description = "insurer partner API key"});

    ccdk_stack *api = ccdk_stack_new(prod, "Api", NULL);
    ccdk_lambda_function *intake = ccdk_lambda_function_new(api, "Intake", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "claims.intake",
        .code = ccdk_lambda_code_from_asset(app, "services", NULL),
        .tracing = CCDK_LAMBDA_TRACING_ACTIVE,
        .environment = CCDK_KVS({"QUEUE_URL", ccdk_sqs_queue_url(claims_queue)},
                                {"TABLE", ccdk_dynamodb_table_name(claims)}),
    });
    ccdk_sqs_queue_grant_send_messages(claims_queue, intake);
    ccdk_dynamodb_table_grant_read_data(claims, intake);
    ccdk_lambda_function_url *url = ccdk_lambda_function_add_function_url(intake, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
    });
    ccdk_cfn_output_new(api, "IntakeUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(url)});

    ccdk_stack *processing = ccdk_stack_new(prod, "Processing", NULL);
    ccdk_stack *assessment = ccdk_nested_stack_new(processing, "Assessment", &(ccdk_nested_stack_props){
        .description = "claim assessment",
    });
    ccdk_lambda_function *assessor = ccdk_lambda_function_new(assessment, "Assessor", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "claims.assess",
        .code = ccdk_lambda_code_from_asset(app, "services", NULL),
        .timeout = ccdk_duration_minutes(1),
        .reserved_concurrent_executions = CCDK_NUM(10),
        .environment = CCDK_KVS({"TABLE", ccdk_dynamodb_table_name(claims)},
                                {"INSURER_SECRET", ccdk_secretsmanager_secret_arn(insurer_key)}),
    });
    ccdk_lambda_function_add_event_source(assessor, ccdk_lambda_sqs_event_source(claims_queue,
        &(ccdk_lambda_sqs_event_source_props){.batch_size = CCDK_NUM(5)}));
    ccdk_dynamodb_table_grant_read_write_data(claims, assessor);
    ccdk_secretsmanager_secret_grant_read(insurer_key, assessor);

    ccdk_stack *notifications = ccdk_nested_stack_new(processing, "Notifications", NULL);
    ccdk_lambda_function *notifier = ccdk_lambda_function_new(notifications, "Notifier", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "claims.notify",
        .code = ccdk_lambda_code_from_asset(app, "services", NULL),
    });
    ccdk_lambda_function_add_event_source(notifier, ccdk_lambda_sqs_event_source(dlq, NULL));

    ccdk_lambda_function *report = ccdk_lambda_function_new(processing, "NightlyReport", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "claims.report",
        .code = ccdk_lambda_code_from_asset(app, "services", NULL),
        .timeout = ccdk_duration_minutes(10),
        .environment = CCDK_KVS({"TABLE", ccdk_dynamodb_table_name(claims)}),
    });
    ccdk_dynamodb_table_grant_read_data(claims, report);
    ccdk_events_rule_new(processing, "Nightly", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_cron(processing, &(ccdk_events_cron_options){.minute = "0", .hour = "3"}),
        .targets = CCDK_LIST(ccdk_events_targets_lambda_function(report, NULL)),
    });

    ccdk_tags_add(app, "application", "claims");
    ccdk_tags_add(prod, "stage", "prod");
    ccdk_removal_policies_apply(data, CCDK_REMOVAL_POLICY_RETAIN, &(ccdk_removal_policy_props){
        .apply_to_resource_types = CCDK_STRS("AWS::DynamoDB::Table", "AWS::SQS::Queue"),
    });

    ccdk_aspects_add_with_priority(app, tracing_aspect, NULL, CCDK_ASPECT_PRIORITY_MUTATING);
    ccdk_aspects_add_with_priority(processing, concurrency_aspect, NULL, CCDK_ASPECT_PRIORITY_READONLY);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
