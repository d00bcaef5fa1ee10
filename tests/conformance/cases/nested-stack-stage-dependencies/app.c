/* Nested stacks in a Stage (their templates beside the stack's in assembly-Prod/, the asset paths
 * relative to it); a dependency between two nested stacks of one stack (DependsOn between their
 * resources); two nested stacks with the same template (one asset, the first one's file); a stack
 * that depends on its own nested stack (nothing); and another top-level stack that depends on a
 * nested stack (on its parent). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stage *stage = ccdk_stage_new(app, "Prod", &(ccdk_stage_props){.account = "123456789012", .region = "eu-west-1"});
    ccdk_stack *stack = ccdk_stack_new(stage, "Service", NULL);
    ccdk_stack *first = ccdk_nested_stack_new(stack, "First", NULL);
    ccdk_stack *second = ccdk_nested_stack_new(stack, "Second", NULL);
    ccdk_stack *third = ccdk_nested_stack_new(stack, "Third", NULL);
    ccdk_lambda_function_new(third, "Handler", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(third, "lambda-handler", NULL),
    });
    ccdk_stack_add_dependency(second, first);
    ccdk_stack_add_dependency(third, second);
    ccdk_stack_add_dependency(stack, third);
    ccdk_stack *other = ccdk_stack_new(stage, "Other", NULL);
    ccdk_cfn_resource_new(other, "Topic", "AWS::SNS::Topic", NULL);
    ccdk_stack_add_dependency(other, second);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
