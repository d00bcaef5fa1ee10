/* lambda-version.test.ts 'edgeArn': ccdk_stack_resolve of a currentVersion's references before the
 * synth (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static const ccdk_lambda_runtime THE_RUNTIME = {
    .name = "node99.x", .family = CCDK_LAMBDA_FAMILY_NODEJS, .supports_inline_code = 1};

static ccdk_stack *stack;

static void resolved(const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = ccdk_stack_resolve(stack, value)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_validations_acknowledge(stack, "CloudFormation-Validate::E3071", "Tests intentionally use a bogus runtime");
    ccdk_validations_acknowledge(stack, "CloudFormation-Validate::W3030", "Tests intentionally use a bogus runtime");

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = &THE_RUNTIME, .handler = "index.handler", .code = ccdk_lambda_code_from_inline(stack, "foo")});
    ccdk_lambda_version *version = ccdk_lambda_function_current_version(fn);
    resolved("EdgeArn", ccdk_lambda_version_edge_arn(version));
    resolved("FunctionArn", ccdk_lambda_version_arn(version));
    resolved("Version", ccdk_lambda_version_version(version));
    resolved("LogicalId", ccdk_cfn_element_logical_id(ccdk_lambda_version_resource(version)));

    ccdk_lambda_function *other = ccdk_lambda_function_new(stack, "OtherFn", &(ccdk_lambda_function_props){
        .runtime = &THE_RUNTIME, .handler = "index.handler", .code = ccdk_lambda_code_from_inline(stack, "bar")});
    resolved("OtherBefore", ccdk_lambda_version_arn(ccdk_lambda_function_current_version(other)));
    ccdk_lambda_function_add_environment(other, "KEY", "value");
    resolved("OtherAfter", ccdk_lambda_version_arn(ccdk_lambda_function_current_version(other)));
    ccdk_cfn_output_new(stack, "OtherArn", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_version_arn(ccdk_lambda_function_current_version(other))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
