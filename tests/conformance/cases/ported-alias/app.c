/* ported-alias: aws-cdk's alias.test.ts ported literally (see app.js): the scheduled-scaling tests
 * in the Default stack (a NULL id), the others in a stack each. */
#include <ccdk/appscaling.h>
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_versions.h>

static ccdk_lambda_function *new_fn(ccdk_stack *stack, const char *id, const char *code, const char *handler)
{
    return ccdk_lambda_function_new(stack, id ? id : "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, code ? code : "hello()"),
        .handler = handler ? handler : "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
}

static ccdk_lambda_alias *prod_alias(ccdk_stack *stack, ccdk_lambda_function *fn, ccdk_opt_num pce)
{
    return ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "prod", .version = ccdk_lambda_function_current_version(fn),
        .provisioned_concurrent_executions = pce});
}

static const char *on_success_arn(ccdk_construct *scope, void *fn, ccdk_lambda_destination_type type, void *ctx)
{
    (void)scope; (void)fn; (void)type; (void)ctx;
    return "on-success-arn";
}

static ccdk_value *produce_095(void *ctx)
{
    return ccdk_v_number((ccdk_stack *)ctx, 0.95);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
        ccdk_lambda_alias *alias = prod_alias(stack, new_fn(stack, NULL, NULL, NULL), (ccdk_opt_num){0});
        ccdk_lambda_scalable_attribute *target = ccdk_lambda_alias_add_auto_scaling(alias,
            &(ccdk_lambda_auto_scaling_options){.max_capacity = CCDK_NUM(5)});
        ccdk_lambda_scalable_attribute_scale_on_schedule(target, "Scheduling", &(ccdk_lambda_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){0}),
            .max_capacity = CCDK_NUM(10)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "NoWarning", NULL);
        ccdk_lambda_alias *alias = prod_alias(stack, new_fn(stack, NULL, NULL, NULL), (ccdk_opt_num){0});
        ccdk_lambda_scalable_attribute *target = ccdk_lambda_alias_add_auto_scaling(alias,
            &(ccdk_lambda_auto_scaling_options){.max_capacity = CCDK_NUM(5)});
        ccdk_lambda_scalable_attribute_scale_on_schedule(target, "Scheduling", &(ccdk_lambda_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.minute = "*"}),
            .max_capacity = CCDK_NUM(10)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "VersionAndAliases", NULL);
        ccdk_lambda_function *fn = new_fn(stack, NULL, NULL, NULL);
        ccdk_lambda_version *version = ccdk_lambda_function_add_version(fn, "1", NULL, NULL, (ccdk_opt_num){0}, NULL);
        ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){.alias_name = "prod", .version = version});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Latest", NULL);
        ccdk_lambda_function *fn = new_fn(stack, NULL, NULL, NULL);
        ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
            .alias_name = "latest", .version = ccdk_lambda_function_latest_version(fn)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "NewVersion", NULL);
        ccdk_lambda_function *fn = new_fn(stack, NULL, NULL, NULL);
        ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
            .alias_name = "prod", .version = ccdk_lambda_function_add_version(fn, "NewVersion", NULL, NULL, (ccdk_opt_num){0}, NULL)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Additional", NULL);
        ccdk_lambda_function *fn = new_fn(stack, NULL, NULL, NULL);
        ccdk_lambda_version *version1 = ccdk_lambda_function_add_version(fn, "1", NULL, NULL, (ccdk_opt_num){0}, NULL);
        ccdk_lambda_version *version2 = ccdk_lambda_function_add_version(fn, "2", NULL, NULL, (ccdk_opt_num){0}, NULL);
        ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
            .alias_name = "prod", .version = version1,
            .additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight, {.version = version2, .weight = 0.1})});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Provisioned", NULL);
        ccdk_lambda_function *fn = new_fn(stack, NULL, NULL, NULL);
        ccdk_lambda_version *version = ccdk_lambda_function_add_version(fn, "1", NULL, "testing", CCDK_NUM(5), NULL);
        ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
            .alias_name = "prod", .version = version, .provisioned_concurrent_executions = CCDK_NUM(5)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Metric", NULL);
        ccdk_lambda_alias *alias = prod_alias(stack, new_fn(stack, NULL, NULL, NULL), (ccdk_opt_num){0});
        ccdk_cloudwatch_alarm_new(stack, "Alarm", &(ccdk_cloudwatch_alarm_props){
            .metric = ccdk_lambda_function_metric(alias, "Test", NULL), .alarm_name = "Test",
            .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "FunctionName", NULL);
        ccdk_lambda_alias *alias = prod_alias(stack, new_fn(stack, NULL, NULL, NULL), (ccdk_opt_num){0});
        ccdk_cfn_output_new(stack, "AliasFunctionName", &(ccdk_cfn_output_props){
            .value = ccdk_lambda_alias_function_name(alias)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EventInvokeConfig", NULL);
        ccdk_lambda_function *fn = new_fn(stack, "fn", "foo", "index.handler");
        ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
            .alias_name = "prod", .version = ccdk_lambda_function_current_version(fn),
            .on_success = ccdk_lambda_destination_new(stack, on_success_arn, NULL)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedAlias", NULL);
        ccdk_lambda_version *fn = ccdk_lambda_version_from_version_arn(stack, "Fn",
            "arn:aws:lambda:region:account-id:function:function-name:version");
        ccdk_lambda_alias *alias = ccdk_lambda_alias_from_alias_attributes(stack, "Alias",
            &(ccdk_lambda_alias_attributes){.alias_name = "alias-name", .alias_version = fn});
        ccdk_lambda_function_configure_async_invoke(alias, &(ccdk_lambda_event_invoke_config_options){
            .retry_attempts = CCDK_NUM(1)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AutoScaling", NULL);
        ccdk_lambda_alias *alias = prod_alias(stack, new_fn(stack, NULL, NULL, NULL), (ccdk_opt_num){0});
        ccdk_lambda_alias_add_auto_scaling(alias, &(ccdk_lambda_auto_scaling_options){.max_capacity = CCDK_NUM(5)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AutoScalingProvisioned", NULL);
        ccdk_lambda_alias *alias = prod_alias(stack, new_fn(stack, NULL, NULL, NULL), CCDK_NUM(10));
        ccdk_lambda_alias_add_auto_scaling(alias, &(ccdk_lambda_auto_scaling_options){.max_capacity = CCDK_NUM(5)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "UtilizationToken", NULL);
        ccdk_lambda_alias *alias = prod_alias(stack, new_fn(stack, NULL, NULL, NULL), CCDK_NUM(10));
        ccdk_lambda_scalable_attribute *target = ccdk_lambda_alias_add_auto_scaling(alias,
            &(ccdk_lambda_auto_scaling_options){.max_capacity = CCDK_NUM(5)});
        ccdk_lambda_scalable_attribute_scale_on_utilization(target, &(ccdk_lambda_utilization_scaling_options){
            .utilization_target = CCDK_NUM_TOKEN(ccdk_token_as_string(ccdk_lazy_value(stack, produce_095, stack)))});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AddFunctionUrl", NULL);
        ccdk_lambda_alias *alias = prod_alias(stack, new_fn(stack, NULL, NULL, NULL), (ccdk_opt_num){0});
        ccdk_lambda_function_add_function_url(alias, NULL);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
