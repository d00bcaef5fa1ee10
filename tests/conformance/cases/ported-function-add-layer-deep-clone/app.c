/* ported-function-add-layer-deep-clone: function.test.ts 'add compatible layer for deep clone'
 * (see app.js): the layer's runtime is a copy of Runtime.PYTHON_3_7, not the constant. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_lambda_code *code = ccdk_lambda_s3_code_new(bucket, "ObjectKey", NULL);

    const ccdk_lambda_runtime *runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_7;
    ccdk_lambda_function *func = ccdk_lambda_function_new(stack, "myFunc", &(ccdk_lambda_function_props){
        .runtime = runtime,
        .handler = "index.handler",
        .code = code,
    });
    ccdk_lambda_runtime clone = *runtime;
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "myLayer", &(ccdk_lambda_layer_version_props){
        .code = code,
        .compatible_runtimes = CCDK_LIST(&clone),
    });
    ccdk_lambda_function_add_layers(func, (ccdk_lambda_layer_list)CCDK_LIST(layer));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
