/* core: long construct paths (>255 chars), non-alphanumeric ids, Default/Resource elision. */
#include <stdio.h>
#include <string.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    char id1[200], id2[200], xs[301];
    snprintf(id1, sizeof id1, "Level1-%0120d", 0);
    memset(id1 + 7, 'a', 120);
    snprintf(id2, sizeof id2, "Level2_%0120d", 0);
    memset(id2 + 7, 'b', 120);
    memset(xs, 'x', 300);
    xs[300] = 0;

    ccdk_construct *level1 = ccdk_construct_new(stack, id1);
    ccdk_construct *level2 = ccdk_construct_new(level1, id2);
    ccdk_construct *level3 = ccdk_construct_new(level2, "Default");

    ccdk_lambda_function_new(level3, "My Function.With-Non_Alphanumerics!@#$%(x)", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });

    /* "/" is not allowed in an id: constructs replaces it with "--" */
    ccdk_lambda_function_new(stack, "with/slash", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });

    ccdk_construct *wrapper = ccdk_construct_new(stack, "Wrapper");
    ccdk_lambda_function_new(wrapper, "Resource", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 2;"),
    });

    ccdk_lambda_function_new(stack, xs, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 3;"),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
