/* logRetention in a stack of a Stage (a nested cloud assembly) and in a top-level stack: the
 * handler's asset is staged in each assembly. */
#include <ccdk/lambda.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stage *stage = ccdk_stage_new(app, "Prod", NULL);
    ccdk_stack *stacks[] = {ccdk_stack_new(app, "TestStack", NULL), ccdk_stack_new(stage, "TestStack", NULL)};
    for (int i = 0; i < 2; i++)
        ccdk_lambda_function_new(stacks[i], "MyFunction", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_asset(stacks[i], "lambda-handler", NULL),
            .log_retention = CCDK_LOGS_RETENTION_ONE_MONTH,
        });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
