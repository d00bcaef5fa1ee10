/* Conformance case 'versions-aliases-layers-corners': layer, version and alias props the upstream
 * tests leave out, a stack each (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

static ccdk_lambda_function *new_fn(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"),
        .handler = "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *s1 = ccdk_stack_new(app, "Layers", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(s1, "Bucket", NULL);
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(s1, "Layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_s3_code_new(bucket, "ObjectKey", "objver"),
        .layer_version_name = "my-layer",
        .description = "a layer",
        .license = "MIT",
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_LATEST, CCDK_LAMBDA_RUNTIME_PYTHON_3_12),
        .compatible_architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_X86_64, CCDK_LAMBDA_ARCHITECTURE_ARM_64),
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_lambda_layer_version *imported = ccdk_lambda_layer_version_from_layer_version_arn(
        s1, "Imported", "arn:aws:lambda:us-east-1:123456789012:layer:other:4");
    ccdk_lambda_layer_version_add_permission(imported, "Everyone", &(ccdk_lambda_layer_version_permission){.account_id = "*"});
    ccdk_cfn_output_new(s1, "LayerArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_layer_version_arn(layer)});
    ccdk_cfn_output_new(s1, "ImportedArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_layer_version_arn(imported)});

    ccdk_stack *s2 = ccdk_stack_new(app, "Versions", NULL);
    ccdk_lambda_function *fn2 = new_fn(s2);
    ccdk_lambda_version_new(s2, "Described", &(ccdk_lambda_version_props){
        .lambda = fn2, .description = "v1", .code_sha256 = "abc=", .removal_policy = CCDK_REMOVAL_POLICY_RETAIN});
    ccdk_lambda_version_new(s2, "ZeroPce", &(ccdk_lambda_version_props){
        .lambda = fn2, .provisioned_concurrent_executions = CCDK_NUM(0)});

    ccdk_stack *s3 = ccdk_stack_new(app, "Aliases", NULL);
    ccdk_lambda_function *fn3 = new_fn(s3);
    ccdk_lambda_version *v1 = ccdk_lambda_version_new(s3, "V1", &(ccdk_lambda_version_props){.lambda = fn3});
    ccdk_lambda_version *v2 = ccdk_lambda_version_new(s3, "V2", &(ccdk_lambda_version_props){.lambda = fn3});
    ccdk_lambda_alias_new(s3, "Described", &(ccdk_lambda_alias_props){
        .alias_name = "described", .version = v1, .description = "the alias",
        .max_event_age = ccdk_duration_hours(2), .retry_attempts = CCDK_NUM(2),
        .provisioned_concurrent_executions = CCDK_NUM(0)});
    ccdk_lambda_alias_new(s3, "AllWeight", &(ccdk_lambda_alias_props){
        .alias_name = "all", .version = v1, .additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight, {v2, 1})});
    ccdk_lambda_alias_new(s3, "NoWeight", &(ccdk_lambda_alias_props){
        .alias_name = "none", .version = v1, .additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight, {v2, 0})});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
