/* error: ephemeralStorageSize of Size.gibibytes(Lazy number) (ephemeral storage is written in
 * mebibytes, and a token cannot be converted) */
#include <ccdk/lambda.h>

static ccdk_value *produce_2(void *ctx) { return ccdk_v_number((ccdk_stack *)ctx, 2); }

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "bar",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .ephemeral_storage_size = ccdk_size_gibibytes_token(ccdk_token_as_string(ccdk_lazy_value(stack, produce_2, stack))),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
