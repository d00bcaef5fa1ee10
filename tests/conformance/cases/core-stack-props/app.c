/* core: stack description, termination protection, tags, concrete env. */
#include <stdio.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_insights.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){
        .description = "A stack with props: description, tags, env",
        .termination_protection = CCDK_TRUE,
        .tags = CCDK_KVS({"Team", "ccdk"}, {"Cost Center", "42"}),
        .account = "123456789012",
        .region = "eu-west-1",
    });

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .insights_version = CCDK_LAMBDA_INSIGHTS_VERSION(1_0_98_0),
    });
    ccdk_tags_add(fn, "Component", "function");
    ccdk_tags_add(stack, "Added", "by-aspect");

    char where[512];
    snprintf(where, sizeof where, "%s/%s/%s", ccdk_stack_account(stack), ccdk_stack_region(stack),
             ccdk_lambda_function_arn(fn));
    ccdk_cfn_output_new(stack, "Where", &(ccdk_cfn_output_props){.value = where});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
