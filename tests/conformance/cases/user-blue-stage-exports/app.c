/* Conformance case 'user-blue-stage-exports': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stage *prod = ccdk_stage_new(app, "Prod", &(ccdk_stage_props){.account = "222222222222", .region = "us-east-1"});
    ccdk_stage *blue = ccdk_stage_new(prod, "Blue", NULL);

    ccdk_stack *data = ccdk_stack_new(blue, "Data", &(ccdk_stack_props){.termination_protection = CCDK_TRUE});
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(data, "Media", &(ccdk_dynamodb_table_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .stream = CCDK_DYNAMODB_STREAM_NEW_IMAGE,
    });
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(data, "Output", NULL);
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(data, "MediaLayer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(data, "layer", NULL),
        .compatible_architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64, CCDK_LAMBDA_ARCHITECTURE_X86_64),
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });
    ccdk_lambda_layer_version_add_permission(layer, "Organization", &(ccdk_lambda_layer_version_permission){
        .account_id = "*",
        .organization_id = "o-a1b2c3d4e5",
    });

    ccdk_stack *edge = ccdk_stack_new(blue, "Edge", &(ccdk_stack_props){.region = "us-east-1"});
    ccdk_stack *compute = ccdk_stack_new(blue, "Compute", NULL);
    ccdk_lambda_function *indexer = ccdk_lambda_function_new(compute, "Indexer", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_13,
        .handler = "indexer.handler",
        .code = ccdk_lambda_code_from_asset(compute, "handlers", NULL),
        .layers = CCDK_LIST(layer),
        .environment = CCDK_KVS({"TABLE", ccdk_dynamodb_table_name(table)}, {"BUCKET_ARN", ccdk_s3_bucket_arn(bucket)}),
        .current_version_options = &(ccdk_lambda_version_options){
            .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
            .retry_attempts = CCDK_NUM(0),
        },
    });
    ccdk_lambda_function_add_event_source(indexer, ccdk_lambda_dynamo_event_source(table, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
        .batch_size = CCDK_NUM(50),
        .retry_attempts = CCDK_NUM(2),
    }));
    ccdk_s3_bucket_grant_put(bucket, indexer, "out/*");
    ccdk_dynamodb_table_grant_read_data(table, indexer);
    ccdk_lambda_alias *alias = ccdk_lambda_function_add_alias(indexer, "prod", &(ccdk_lambda_alias_options){
        .provisioned_concurrent_executions = CCDK_NUM(1),
    });
    ccdk_lambda_function_url *url = ccdk_lambda_function_add_function_url(alias, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_AWS_IAM,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_origins = CCDK_STRS("https://media.example.com"),
            .allowed_methods = CCDK_STRS("GET"),
        },
    });
    ccdk_iam_role *reader = ccdk_iam_role_new(compute, "Reader", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_root_principal(compute),
    });
    ccdk_lambda_function_grant_invoke_url(alias, reader);
    ccdk_lambda_function_grant_invoke(alias, reader);

    const char *version = ccdk_lambda_version_version(ccdk_lambda_function_current_version(indexer));
    ccdk_cfn_output_new(edge, "IndexerUrl", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(url)});
    ccdk_cfn_output_new(edge, "IndexerVersion", &(ccdk_cfn_output_props){.value = version});
    ccdk_stack *audit = ccdk_stack_new(blue, "Audit", NULL);
    ccdk_cfn_output_new(audit, "AuditedVersion", &(ccdk_cfn_output_props){.value = version});

    ccdk_tags_add_with(prod, "team", "media", &(ccdk_tag_props){.exclude_resource_types = CCDK_STRS("AWS::IAM::Role")});
    ccdk_tags_add_with(blue, "color", "blue", &(ccdk_tag_props){.priority = CCDK_NUM(200)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
