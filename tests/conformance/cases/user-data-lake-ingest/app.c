/* Conformance case 'user-data-lake-ingest': see app.js. */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/s3.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_kms_key *lake_key = ccdk_kms_key_new(stack, "LakeKey", &(ccdk_kms_key_props){
        .description = "data lake landing zone",
        .enable_key_rotation = CCDK_TRUE,
    });
    ccdk_kms_key_add_alias(lake_key, "alias/data-lake");

    ccdk_s3_bucket *landing = ccdk_s3_bucket_new(stack, "Landing", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_KMS,
        .encryption_key = lake_key,
        .bucket_key_enabled = CCDK_TRUE,
        .block_public_access = CCDK_S3_BLOCK_ALL,
        .enforce_ssl = CCDK_TRUE,
        .versioned = CCDK_TRUE,
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule,
            {
                .id = "raw-tiering",
                .prefix = "raw/",
                .transitions = CCDK_LIST_OF(ccdk_s3_transition,
                    {.storage_class = CCDK_S3_STORAGE_CLASS_INFREQUENT_ACCESS, .transition_after = ccdk_duration_days(30)},
                    {.storage_class = CCDK_S3_STORAGE_CLASS_GLACIER, .transition_after = ccdk_duration_days(90)}),
                .expiration = ccdk_duration_days(365),
            },
            {
                .id = "abort-uploads",
                .abort_incomplete_multipart_upload_after = ccdk_duration_days(7),
                .noncurrent_version_expiration = ccdk_duration_days(30),
            }),
        .cors = CCDK_LIST_OF(ccdk_s3_cors_rule, {
            .allowed_methods = CCDK_STRS(CCDK_S3_HTTP_PUT, CCDK_S3_HTTP_POST),
            .allowed_origins = CCDK_STRS("https://upload.example.com"),
            .allowed_headers = CCDK_STRS("*"),
            .exposed_headers = CCDK_STRS("ETag"),
            .max_age = CCDK_NUM(3000),
        }),
    });

    ccdk_secretsmanager_secret *api_secret = ccdk_secretsmanager_secret_new(stack, "CatalogApiKey", &(ccdk_secretsmanager_secret_props){
        .description = "key for the catalog API",
        .generate_secret_string = &(ccdk_secretsmanager_secret_string_generator){
            .exclude_punctuation = CCDK_TRUE,
            .password_length = CCDK_NUM(40),
        },
    });

    const char *stage = ccdk_ssm_string_parameter_value_for_string_parameter(stack, "/data-lake/stage", (ccdk_opt_num){0});
    ccdk_ssm_string_parameter *catalog_url = ccdk_ssm_string_parameter_new(stack, "CatalogUrl", &(ccdk_ssm_string_parameter_props){
        .parameter_name = "/data-lake/catalog-url",
        .string_value = "https://catalog.example.com/v1",
        .description = "catalog API endpoint",
    });

    ccdk_lambda_function *ingest = ccdk_lambda_function_new(stack, "Ingest", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "ingest", NULL),
        .timeout = ccdk_duration_minutes(1),
        .memory_size = CCDK_NUM(1024),
        .environment_encryption = lake_key,
        .environment = CCDK_KVS({"STAGE", stage},
                                {"CATALOG_URL", ccdk_ssm_string_parameter_string_value(catalog_url)},
                                {"CATALOG_SECRET_ARN", ccdk_secretsmanager_secret_arn(api_secret)},
                                {"LANDING_BUCKET", ccdk_s3_bucket_name(landing)}),
    });
    ccdk_secretsmanager_secret_grant_read(api_secret, ingest);
    ccdk_ssm_string_parameter_grant_read(catalog_url, ingest);
    ccdk_s3_bucket_grant_read(landing, ingest, "raw/*");
    ccdk_s3_bucket_add_object_created_notification(landing, ccdk_s3_lambda_destination(ingest),
                                                   CCDK_S3_FILTERS({.prefix = "raw/"}));

    ccdk_cfn_output_new(stack, "LandingBucket", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_name(landing)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
