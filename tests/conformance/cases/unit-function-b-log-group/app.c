/* Conformance case 'unit-function-b-log-group': function.test.ts's log group tests that synthesize
 * (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/logs.h>

#define CODE "exports.handler = async () => {};"

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "ManagedLogGroupTags", NULL);
    ccdk_node_set_context(stack, "@aws-cdk/aws-lambda:useCdkManagedLogGroup", "true");
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, CODE),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
    ccdk_tags_add(fn, "Environment", "Test");
    ccdk_tags_add(fn, "Owner", "CDKTeam");

    stack = ccdk_stack_new(app, "NoFlag", NULL);
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, CODE),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });

    stack = ccdk_stack_new(app, "LogRetentionOnly", NULL);
    ccdk_lambda_function_new(stack, "LogRetentionOnlyFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, CODE),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .log_retention = CCDK_LOGS_RETENTION_ONE_WEEK,
    });

    stack = ccdk_stack_new(app, "LogGroupOnly", NULL);
    ccdk_lambda_function_new(stack, "LogGroupOnlyFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, CODE),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .log_group = ccdk_logs_log_group_new(stack, "MyLogGroup", NULL),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
