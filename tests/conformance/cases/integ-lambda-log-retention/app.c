/* Conformance case 'integ-lambda-log-retention': aws-lambda test/integ.log-retention.ts.
 * propagateTagsToLogGroup (OneMonth) is dropped: aws-cdk-lib 2.276.0 has no such prop. */
#include <ccdk/lambda.h>
#include <ccdk/logs.h>

#define CODE "exports.handler = (event) => console.log(JSON.stringify(event));"

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-log-retention", NULL);
    ccdk_lambda_function_new(stack, "OneWeek", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, CODE),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
        .log_retention = CCDK_LOGS_RETENTION_ONE_WEEK,
    });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "OneMonth", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, CODE),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
        .log_retention = CCDK_LOGS_RETENTION_ONE_MONTH,
        .function_name = "OneMonthFunction",
    });
    ccdk_tags_add(fn, "env", "beta");
    ccdk_tags_add(fn, "dept", "eng");
    ccdk_lambda_function_new(stack, "OneYear", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, CODE),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
        .log_retention = CCDK_LOGS_RETENTION_ONE_YEAR,
        .function_name = "OneYearFunction",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
