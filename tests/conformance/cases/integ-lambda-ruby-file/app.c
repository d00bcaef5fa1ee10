/* Conformance case 'integ-lambda-ruby-file': aws-lambda test/integ.ruby.file.ts (the IntegTest and
 * its invokeFunction assertions are dropped; rubyhandler/ is a small handler of our own). */
#include <ccdk/lambda.h>

static void ruby_stack(ccdk_app *app, const char *stack_id, const char *fn_id, const ccdk_lambda_runtime *runtime)
{
    ccdk_stack *stack = ccdk_stack_new(app, stack_id, NULL);
    ccdk_lambda_function_new(stack, fn_id, &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "rubyhandler", NULL),
        .handler = "index.main",
        .runtime = runtime,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ruby_stack(app, "lambda-test-assets-file-for-ruby32", "MyRubyLambda", CCDK_LAMBDA_RUNTIME_RUBY_3_2);
    ruby_stack(app, "lambda-test-assets-file-for-ruby33", "MyRuby33Lambda", CCDK_LAMBDA_RUNTIME_RUBY_3_3);
    ruby_stack(app, "lambda-test-assets-file-for-ruby34", "MyRuby34Lambda", CCDK_LAMBDA_RUNTIME_RUBY_3_4);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
