/* aws-lambda/test/function.test.ts (first half): log retention and fn.logGroup, a stack per test
 * (see app.js), @aws-cdk/aws-lambda:useCdkManagedLogGroup off on each. */
#include <ccdk/lambda.h>

static ccdk_stack *new_stack(ccdk_app *app, const char *id)
{
    ccdk_stack *stack = ccdk_stack_new(app, id, NULL);
    ccdk_node_set_context(stack, "@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false");
    return stack;
}

static ccdk_lambda_function *foo_fn(ccdk_stack *stack, const char *id, const char *handler, ccdk_logs_retention_days retention,
                                    ccdk_removal_policy removal)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = handler,
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .log_retention = retention,
        .log_removal_policy = removal,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    foo_fn(new_stack(app, "LogRetention"), "MyLambda", "index.handler", CCDK_LOGS_RETENTION_ONE_MONTH, CCDK_REMOVAL_POLICY_DESTROY);
    {
        ccdk_stack *stack = new_stack(app, "LogGroupReturned");
        ccdk_logs_log_group *log_group = ccdk_lambda_function_log_group(foo_fn(stack, "fn", "foo", 0, 0));
        ccdk_cfn_output_new(stack, "LogGroupName", &(ccdk_cfn_output_props){.value = ccdk_logs_log_group_name(log_group)});
        ccdk_cfn_output_new(stack, "LogGroupArn", &(ccdk_cfn_output_props){.value = ccdk_logs_log_group_arn(log_group)});
    }
    {
        ccdk_lambda_function *fn = foo_fn(new_stack(app, "OneLogRetention"), "fn", "foo", CCDK_LOGS_RETENTION_FIVE_DAYS, 0);
        ccdk_lambda_function_log_group(fn);
        ccdk_lambda_function_log_group(fn);
        ccdk_lambda_function_log_group(fn);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
