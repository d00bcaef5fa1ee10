/* error: a function's ARN from one App used in another App. */
#include <ccdk/lambda.h>

static ccdk_lambda_function *inline_function(ccdk_stack *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(scope, "exports.handler = async () => 1;"),
    });
}

int main(void)
{
    ccdk_app *other = ccdk_app_new(NULL);
    ccdk_lambda_function *producer = inline_function(ccdk_stack_new(other, "ProducerStack", NULL), "Producer");

    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = inline_function(stack, "MyFunction");
    ccdk_lambda_function_add_environment(fn, "PRODUCER_ARN", ccdk_lambda_function_arn(producer));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    ccdk_app_free(other);
    return rc ? 1 : 0;
}
