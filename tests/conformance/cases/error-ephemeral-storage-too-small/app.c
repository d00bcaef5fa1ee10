/* Conformance case 'error-ephemeral-storage-too-small': function.test.ts 'throws if ephemeral storage size is out of bound' (511 MiB). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "bar",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .ephemeral_storage_size = ccdk_size_mebibytes(511),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
