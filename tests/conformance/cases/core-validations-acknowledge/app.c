/* Validations.of(scope).acknowledge({id, reason}): the aws:cdk:acknowledged-rules metadata (ids
 * normalized; no reason: {}), the SnapStart warning acknowledged on Fn (Fn2 keeps it), and a
 * CloudFormation-Validate rule acknowledged on the stack. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_v2.h>
#include <ccdk/lambda_versions.h>

static ccdk_lambda_function *mk(ccdk_stack *stack, const char *id)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return 1\n"),
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = mk(stack, "Fn");
    ccdk_lambda_function *fn2 = mk(stack, "Fn2");
    ccdk_validations_acknowledge(fn, "@aws-cdk/aws-lambda:snapStartRequirePublish", "versions are published by the pipeline");
    ccdk_validations_acknowledge(fn2, "annotation::Some Rule", NULL);
    ccdk_validations_acknowledge(fn2, "My Plugin::Rule[a::b]", "a plugin rule");
    ccdk_lambda_function_add_function_url(fn, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_methods = CCDK_STRS("GET", "OPTIONS"),
            .allowed_origins = CCDK_STRS("https://example.com"),
        },
    });
    ccdk_validations_acknowledge(stack, "CloudFormation-Validate::W3030", "OPTIONS is answered by the function");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
