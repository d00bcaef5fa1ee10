/* Conformance case 'integ-lambda-ephemeral-storage-validation': aws-lambda
 * test/integ.lambda-ephemeral-storage-validation.ts (ephemeralStorageSize 1024 MiB). Dropped: the
 * IntegTest. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "LambdaEphemeralStorageValidationStack", NULL);
    /* A valid ephemeral storage size (within 512-10240 MiB range). */
    ccdk_lambda_function_new(stack, "LambdaWithEphemeralStorage", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
        .ephemeral_storage_size = ccdk_size_mebibytes(1024),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
