/* Conformance case 'user-thumbnail-stages': see app.js. */
#include <string.h>

#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
#include <ccdk/sqs.h>

static ccdk_stage *thumbnail_stage(ccdk_app *app, const char *name, const char *account, const char *region)
{
    int is_prod = strcmp(name, "Prod") == 0;
    ccdk_stage *stage = ccdk_stage_new(app, name, &(ccdk_stage_props){.account = account, .region = region});

    ccdk_stack *layers = ccdk_stack_new(stage, "LayersStack", NULL);
    ccdk_lambda_layer_version *imaging = ccdk_lambda_layer_version_new(layers, "Imaging", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(layers, "layer", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_PYTHON_3_11, CCDK_LAMBDA_RUNTIME_PYTHON_3_12),
        .license = "MIT",
        .description = "thumbnail helpers",
    });

    ccdk_stack *thumbs = ccdk_stack_new(stage, "ThumbsStack", NULL);
    ccdk_s3_bucket *images = ccdk_s3_bucket_new(thumbs, "Images", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED,
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {
            .id = "ExpireOldVersions",
            .noncurrent_version_expiration = ccdk_duration_days(30),
        }),
        .removal_policy = is_prod ? CCDK_REMOVAL_POLICY_RETAIN : CCDK_REMOVAL_POLICY_DESTROY,
        .auto_delete_objects = is_prod ? CCDK_FALSE : CCDK_TRUE,
    });
    ccdk_dynamodb_table *catalog = ccdk_dynamodb_table_new(thumbs, "Catalog", &(ccdk_dynamodb_table_props){
        .partition_key = {"imageId", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {"size", CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
        .billing_mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
        .point_in_time_recovery_specification = &(ccdk_dynamodb_point_in_time_recovery_specification){
            .point_in_time_recovery_enabled = CCDK_TRUE,
        },
    });
    ccdk_sqs_queue *failures = ccdk_sqs_queue_new(thumbs, "ThumbnailFailures", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_days(14),
    });

    ccdk_lambda_function *thumbnailer = ccdk_lambda_function_new(thumbs, "Thumbnailer", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .handler = "thumbnailer.handler",
        .code = ccdk_lambda_code_from_asset(thumbs, "handlers", NULL),
        .layers = CCDK_LIST(imaging),
        .memory_size = CCDK_NUM(1024),
        .timeout = ccdk_duration_seconds(30),
        .environment = CCDK_KVS({"BUCKET_NAME", ccdk_s3_bucket_name(images)},
                                {"TABLE_NAME", ccdk_dynamodb_table_name(catalog)}),
        .retry_attempts = CCDK_NUM(1),
        .max_event_age = ccdk_duration_hours(2),
        .on_failure = ccdk_lambda_destinations_sqs_destination(failures),
    });
    ccdk_lambda_function_add_event_source(thumbnailer, ccdk_lambda_s3_event_source(images, &(ccdk_lambda_s3_event_source_props){
        .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED),
        .filters = CCDK_S3_FILTERS({.prefix = "uploads/", .suffix = ".jpg"}),
    }));
    ccdk_dynamodb_table_grant_read_write_data(catalog, thumbnailer);
    ccdk_s3_bucket_grant_read_write(images, thumbnailer, NULL);

    ccdk_lambda_function_url *url = ccdk_lambda_function_add_function_url(thumbnailer, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
    });
    ccdk_iam_role *tooling = ccdk_iam_role_new(thumbs, "ToolingInvoker", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_principal(thumbs, "999999999999"),
        .description = "tooling account calls the thumbnail URL",
    });
    ccdk_lambda_function_grant_invoke_url(thumbnailer, tooling);
    ccdk_cfn_output_new(thumbs, "ThumbnailUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(url)});

    if (is_prod) {
        ccdk_lambda_alias_new(thumbs, "Live", &(ccdk_lambda_alias_props){
            .alias_name = "live",
            .version = ccdk_lambda_function_current_version(thumbnailer),
            .provisioned_concurrent_executions = CCDK_NUM(2),
        });
    }

    ccdk_tags_add(stage, "stage", name);
    return stage;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_tags_add(app, "app", "thumbnails");
    thumbnail_stage(app, "Dev", "111111111111", "eu-west-1");
    thumbnail_stage(app, "Prod", "222222222222", "us-east-1");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
