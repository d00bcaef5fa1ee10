/* error-log-format-text-with-level (aws-lambda/lib/function.ts's getLoggingConfig (function.test.ts's logging tests use the V2 props): logFormat Text with a log level) */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"),
        .handler = "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
    });
    ccdk_lambda_function_new(stack, "Lambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .log_format = "Text", .application_log_level = "INFO"});
    (void)fn;
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
