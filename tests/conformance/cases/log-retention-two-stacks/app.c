/* logRetention in two stacks: each stack has its own LogRetention singleton function, role and
 * policy; the handler's asset is staged once. */
#include <ccdk/lambda.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const char *names[] = {"FirstStack", "SecondStack"};
    ccdk_logs_retention_days days[] = {CCDK_LOGS_RETENTION_FIVE_DAYS, CCDK_LOGS_RETENTION_ONE_YEAR};
    for (int i = 0; i < 2; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, names[i], NULL);
        ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
            .log_retention = days[i],
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
