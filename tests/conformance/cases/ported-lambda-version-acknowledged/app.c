/* ported-lambda-version-acknowledged: the newest lambda-version.test.ts ported literally (see
 * app.js): each Validations.of(stack).acknowledge rule is a ccdk_validations_acknowledge call; the
 * custom runtime node99.x is a ccdk_lambda_runtime of our own; the Default stack is a NULL id. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static const ccdk_lambda_runtime THE_RUNTIME = {
    .name = "node99.x", .family = CCDK_LAMBDA_FAMILY_NODEJS, .supports_inline_code = 1};
#define REASON "Tests intentionally use a bogus runtime"

static ccdk_lambda_function *new_fn(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = &THE_RUNTIME,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
    });
}

/* the tests' NODEJS_LATEST functions: 'Fn' (foo, index.handler) or 'MyLambda' (hello(), index.hello) */
static ccdk_lambda_function *latest_fn(ccdk_stack *stack, const char *id)
{
    int fn = id[0] == 'F';
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, fn ? "foo" : "hello()"),
        .handler = fn ? "index.handler" : "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
}

static void output(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
        ccdk_validations_acknowledge(stack, "CloudFormation-Validate::E3071", REASON);
        ccdk_lambda_version *version = ccdk_lambda_version_from_version_arn(stack, "Version",
            "arn:aws:lambda:region:account-id:function:function-name:version");
        output(stack, "ARN", ccdk_lambda_version_arn(version));
        output(stack, "Name", ccdk_lambda_version_function_name(version));
        output(stack, "FunctionArn", ccdk_lambda_function_arn(ccdk_lambda_version_lambda(version)));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportImported", NULL);
        ccdk_validations_acknowledge(stack, "CloudFormation-Validate::E3071", REASON);
        ccdk_lambda_version *version = ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){
            .lambda = new_fn(stack), .max_event_age = ccdk_duration_hours(1), .retry_attempts = CCDK_NUM(0)});
        ccdk_lambda_version *imported = ccdk_lambda_version_from_version_arn(stack, "ImportedVersion",
            ccdk_lambda_version_arn(version));
        output(stack, "ImportedArn", ccdk_lambda_version_arn(imported));
        output(stack, "VersionArn", ccdk_lambda_version_arn(version));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EventInvokeConfig", NULL);
        ccdk_validations_acknowledge(stack, "CloudFormation-Validate::E3071", REASON);
        ccdk_validations_acknowledge(stack, "CloudFormation-Validate::W3030", REASON);
        ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){
            .lambda = new_fn(stack), .max_event_age = ccdk_duration_hours(1), .retry_attempts = CCDK_NUM(0)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedVersions", NULL);
        ccdk_validations_acknowledge(stack, "CloudFormation-Validate::E3071", REASON);
        ccdk_lambda_version *version1 = ccdk_lambda_version_from_version_arn(stack, "Version1",
            "arn:aws:lambda:region:account-id:function:function-name:version1");
        ccdk_lambda_version *version2 = ccdk_lambda_version_from_version_arn(stack, "Version2",
            "arn:aws:lambda:region:account-id:function:function-name:version2");
        ccdk_lambda_function_configure_async_invoke(version1, &(ccdk_lambda_event_invoke_config_options){.retry_attempts = CCDK_NUM(1)});
        ccdk_lambda_function_configure_async_invoke(version2, &(ccdk_lambda_event_invoke_config_options){.retry_attempts = CCDK_NUM(0)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AddAlias", NULL);
        ccdk_validations_acknowledge(stack, "CloudFormation-Validate::E3071", REASON);
        ccdk_validations_acknowledge(stack, "CloudFormation-Validate::W3030", REASON);
        ccdk_lambda_version_add_alias(ccdk_lambda_function_current_version(new_fn(stack)), "foo", NULL);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EdgeArn", NULL);
        ccdk_validations_acknowledge(stack, "CloudFormation-Validate::E3071", REASON);
        output(stack, "EdgeArn", ccdk_lambda_version_edge_arn(ccdk_lambda_function_current_version(new_fn(stack))));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "FunctionRef", NULL);
        ccdk_validations_acknowledge(stack, "CloudFormation-Validate::E3071", REASON);
        ccdk_lambda_version *ver = ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){
            .lambda = latest_fn(stack, "MyLambda")});
        output(stack, "RefArn", ccdk_lambda_ifunction_arn(ver));
        output(stack, "Arn", ccdk_lambda_version_arn(ver));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PceToken", NULL);
        ccdk_lambda_function *fn = latest_fn(stack, "MyLambda");
        ccdk_cfn_parameter *pce = ccdk_cfn_parameter_new(stack, "ProvisionedConcurrentExecutions",
            &(ccdk_cfn_parameter_props){.type = "Number"});
        ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){
            .lambda = fn, .provisioned_concurrent_executions = CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(pce))});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ScalingBoth", NULL);
        ccdk_validations_acknowledge(stack, "CloudFormation-Validate::E3071", REASON);
        ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){
            .lambda = latest_fn(stack, "Fn"), .min_execution_environments = CCDK_NUM(1),
            .max_execution_environments = CCDK_NUM(10)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ScalingMin", NULL);
        ccdk_validations_acknowledge(stack, "CloudFormation-Validate::E3071", REASON);
        ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){
            .lambda = latest_fn(stack, "Fn"), .min_execution_environments = CCDK_NUM(2)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ScalingMax", NULL);
        ccdk_validations_acknowledge(stack, "CloudFormation-Validate::E3071", REASON);
        ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){
            .lambda = latest_fn(stack, "Fn"), .max_execution_environments = CCDK_NUM(5)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ScalingTokens", NULL);
        ccdk_validations_acknowledge(stack, "CloudFormation-Validate::E3071", REASON);
        ccdk_lambda_function *fn = latest_fn(stack, "Fn");
        ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){
            .lambda = fn,
            .min_execution_environments = CCDK_NUM_TOKEN(ccdk_fn_ref(stack, "MinEnvParam")),
            .max_execution_environments = CCDK_NUM_TOKEN(ccdk_fn_ref(stack, "MaxEnvParam")),
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
