/* error: calculateFunctionHash of a function with an unclassified property override
 * Ported from aws-cdk: function-hash.test.ts 'unclassified property throws an error' */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static const ccdk_lambda_runtime THE_RUNTIME = {.name = "nodejs99.x", .family = CCDK_LAMBDA_FAMILY_NODEJS,
                                                .supports_inline_code = 1};

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/aws-lambda:recognizeVersionProps", "true"})});
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_lambda_function *fn1 = ccdk_lambda_function_new(stack, "MyFunction1", &(ccdk_lambda_function_props){
        .runtime = &THE_RUNTIME,
        .code = ccdk_lambda_code_from_asset(stack, "handler.zip", NULL),
        .handler = "index.handler",
    });
    ccdk_cfn_resource_add_property_override(ccdk_lambda_function_resource(fn1), "UnclassifiedProp",
                                            ccdk_v_string(app, "Value"));
    ccdk_lambda_calculate_function_hash(fn1);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
