/* Conformance case 'integ-lambda-insights-mapping': aws-lambda test/integ.lambda-insights-mapping.ts
 * (Lambda Insights versions in an environment-agnostic stack: the region mappings). Nothing
 * dropped. The inline code is app.js's `exports.handler = ${handler.toString()}`. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_insights.h>

#define HANDLER "exports.handler = function handler(event, _context, callback) {\n" \
                "  console.log(JSON.stringify(event, undefined, 2));\n" \
                "  return callback();\n" \
                "}"

static void func(ccdk_stack *stack, const char *id, const ccdk_lambda_architecture *arch,
                 const ccdk_lambda_insights_version *version)
{
    ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
        .architecture = arch,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, HANDLER),
        .insights_version = version,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", NULL);
    func(stack, "MyFunc1", NULL, CCDK_LAMBDA_INSIGHTS_VERSION(1_0_54_0));
    func(stack, "MyFunc2", NULL, CCDK_LAMBDA_INSIGHTS_VERSION(1_0_86_0));
    func(stack, "MyFunc3", NULL, CCDK_LAMBDA_INSIGHTS_VERSION(1_0_89_0));
    func(stack, "MyFunc4", NULL, CCDK_LAMBDA_INSIGHTS_VERSION(1_0_98_0));
    func(stack, "MyFunc5", NULL, CCDK_LAMBDA_INSIGHTS_VERSION(1_0_119_0));
    func(stack, "MyFunc6", CCDK_LAMBDA_ARCHITECTURE_ARM_64, CCDK_LAMBDA_INSIGHTS_VERSION(1_0_119_0));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
