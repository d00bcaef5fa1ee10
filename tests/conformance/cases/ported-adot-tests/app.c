/* Conformance case 'ported-adot-tests': aws-cdk's adot.test.ts (aws-lambda) ported literally (see
 * app.js): the beforeEach stacks with their bucket and function, the layer ARNs exported; the region
 * agnostic test as written.
 * Ported from aws-cdk: adot.test.ts 'is added properly when the region information is available at
 * synthesis time', 'is added properly when using "LATEST" version' (Java and Python), 'is added properly' */
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

static void export(ccdk_stack *stack, const char *value, const char *name)
{
    ccdk_stack_export_value(stack, value, &(ccdk_stack_export_value_options){.name = name});
}

static ccdk_lambda_function *bucket_function(ccdk_stack *stack, const ccdk_lambda_runtime *runtime)
{
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "CodeBucket", NULL);
    return ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_bucket(bucket, "mock_key", NULL),
        .handler = "index.handler",
        .runtime = runtime,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "stack", &(ccdk_stack_props){.region = "us-west-2"});
        ccdk_lambda_function *fn = bucket_function(stack, CCDK_LAMBDA_RUNTIME_JAVA_11);
        const ccdk_lambda_architecture *arch = ccdk_lambda_function_architecture(fn);
        export(stack, ccdk_lambda_adot_layer_arn(stack, (ccdk_lambda_adot_layer_version){CCDK_LAMBDA_ADOT_LAYER_JAVA_SDK, "1.31.0"}, arch), "V1310");
        export(stack, ccdk_lambda_adot_layer_arn(stack, (ccdk_lambda_adot_layer_version){CCDK_LAMBDA_ADOT_LAYER_JAVA_SDK, NULL}, arch), "Latest");
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PythonStack", &(ccdk_stack_props){.region = "us-west-2"});
        ccdk_lambda_function *fn = bucket_function(stack, CCDK_LAMBDA_RUNTIME_PYTHON_3_11);
        const ccdk_lambda_architecture *arch = ccdk_lambda_function_architecture(fn);
        export(stack, ccdk_lambda_adot_layer_arn(stack, (ccdk_lambda_adot_layer_version){CCDK_LAMBDA_ADOT_LAYER_PYTHON_SDK, "1.20.0-1"}, arch), "V12001");
        export(stack, ccdk_lambda_adot_layer_arn(stack, (ccdk_lambda_adot_layer_version){CCDK_LAMBDA_ADOT_LAYER_PYTHON_SDK, NULL}, arch), "Latest");
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "region-agnostic-stack", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_inline(stack, "FooBar"),
            .handler = "index.handler",
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
            .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        });
        const char *layer_arn = ccdk_lambda_adot_layer_arn(stack, (ccdk_lambda_adot_layer_version){CCDK_LAMBDA_ADOT_LAYER_JAVA_SDK, NULL},
                                                           ccdk_lambda_function_architecture(fn));
        export(stack, layer_arn, "LayerArn");
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
