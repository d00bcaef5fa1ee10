/* Conformance case 'lambda-metric-dimensions-option': options.dimensions replaces the dimensions of
 * fn.metric* (see app.js). */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "foo")});
    ccdk_lambda_version *version = ccdk_lambda_function_current_version(fn);
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "prod", .version = version});
    const ccdk_cloudwatch_metric_options dims = {.dimensions = CCDK_KVS({"FunctionName", "other"}, {"Extra", "x"})};
    struct {
        const char *id;
        ccdk_cloudwatch_metric *metric;
    } alarms[] = {
        {"FunctionErrors", ccdk_lambda_function_metric_errors(fn, &dims)},
        {"FunctionMetric", ccdk_lambda_function_metric(fn, "ConcurrentExecutions", &dims)},
        {"VersionErrors", ccdk_lambda_function_metric_errors(version, &dims)},
        {"AliasInvocations", ccdk_lambda_function_metric_invocations(alias, &dims)},
    };
    for (int i = 0; i < 4; i++)
        ccdk_cloudwatch_alarm_new(stack, alarms[i].id, &(ccdk_cloudwatch_alarm_props){
            .metric = alarms[i].metric, .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
