/* error-ported-function-add-incompatible-layer: function.test.ts 'add incompatible layer' (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_lambda_code *code = ccdk_lambda_s3_code_new(bucket, "ObjectKey", NULL);

    ccdk_lambda_function *func = ccdk_lambda_function_new(stack, "myFunc", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_7,
        .handler = "index.handler",
        .code = code,
    });
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "myLayer", &(ccdk_lambda_layer_version_props){
        .code = code,
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS),
    });
    ccdk_lambda_function_add_layers(func, (ccdk_lambda_layer_list)CCDK_LIST(layer));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
