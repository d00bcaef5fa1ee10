/* Endpoint locations whose regions are only known at deployment (a CommaDelimitedList parameter: the
 * list as given, the name hashed over its Ref) or hold a token, the stack's own region in an
 * environment-agnostic stack (kept: it is a token), an imported kmsKey (its warning, the grant left to
 * the grantee) and an imported code bucket with an imported encryption key (the bucket and key
 * warnings). */
#include <ccdk/lambda_webfunction.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_cfn_parameter *regions = ccdk_cfn_parameter_new(stack, "Regions", &(ccdk_cfn_parameter_props){.type = "CommaDelimitedList"});
    ccdk_cfn_parameter *extra = ccdk_cfn_parameter_new(stack, "ExtraRegion", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_kms_key *bucket_key = ccdk_kms_key_from_key_arn(stack, "BucketKey",
        "arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555");
    ccdk_s3_bucket *code_bucket = ccdk_s3_bucket_from_bucket_attributes(stack, "CodeBucket", &(ccdk_s3_bucket_attributes){
        .bucket_name = "my-code-bucket",
        .encryption_key = bucket_key,
    });
    ccdk_kms_key *env_key = ccdk_kms_key_from_key_arn(stack, "EnvKey",
        "arn:aws:kms:us-east-1:123456789012:key/66666666-7777-8888-9999-000000000000");

    ccdk_lambda_web_function *fn = ccdk_lambda_web_function_new(stack, "Web", &(ccdk_lambda_web_function_props){
        .code = ccdk_lambda_web_function_code_from_bucket(code_bucket, "app.zip", NULL),
        .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X,
        .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH,
        .kms_key = env_key,
        .default_endpoint = {
            .endpoint_location = ccdk_lambda_web_function_endpoint_location_per_region(ccdk_cfn_parameter_value_as_list(regions)),
        },
    });
    ccdk_lambda_web_function_add_endpoint(fn, "Mixed", &(ccdk_lambda_web_function_endpoint_options){
        .auth_type = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH,
        .endpoint_location = ccdk_lambda_web_function_endpoint_location_multi_region(
            CCDK_STRS("eu-west-1", ccdk_cfn_parameter_value_as_string(extra))),
    });
    ccdk_lambda_web_function_add_endpoint(fn, "Home", &(ccdk_lambda_web_function_endpoint_options){
        .auth_type = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH,
        .endpoint_location = ccdk_lambda_web_function_endpoint_location_per_region(CCDK_STRS("us-east-1", "eu-west-1", "us-east-1")),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
