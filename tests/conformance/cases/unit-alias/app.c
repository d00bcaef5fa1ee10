/* aws-lambda/test/alias.test.ts's synthesizing tests in one stack (see app.js). */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/lambda_versions.h>

static ccdk_stack *stack;

static ccdk_lambda_function *new_fn(const char *id)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"),
        .handler = "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
}

static const char *on_success(ccdk_construct *scope, void *fn, ccdk_lambda_destination_type type, void *ctx)
{
    (void)scope, (void)fn, (void)type, (void)ctx;
    return "on-success-arn";
}

static ccdk_value *lazy_target(void *ctx)
{
    return ccdk_v_number((ccdk_stack *)ctx, 0.95);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_lambda_function *fn = new_fn("MyLambda");
    ccdk_lambda_version *v1 = ccdk_lambda_version_new(stack, "Version1", &(ccdk_lambda_version_props){.lambda = fn});
    ccdk_lambda_version *v2 = ccdk_lambda_version_new(stack, "Version2", &(ccdk_lambda_version_props){
        .lambda = fn, .provisioned_concurrent_executions = CCDK_NUM(5)});
    ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){.alias_name = "prod", .version = v1});
    ccdk_lambda_alias_new(stack, "WeightedAlias", &(ccdk_lambda_alias_props){
        .alias_name = "weighted", .version = v1,
        .additional_versions = CCDK_LIST_OF(ccdk_lambda_version_weight, {v2, 0.1}),
    });
    ccdk_lambda_alias_new(stack, "PceAlias", &(ccdk_lambda_alias_props){
        .alias_name = "pce", .version = v2, .provisioned_concurrent_executions = CCDK_NUM(5)});
    ccdk_lambda_alias_new(stack, "LatestAlias", &(ccdk_lambda_alias_props){
        .alias_name = "latest", .version = ccdk_lambda_function_latest_version(fn)});

    ccdk_lambda_function *mfn = new_fn("MetricLambda");
    ccdk_lambda_alias *malias = ccdk_lambda_alias_new(stack, "MetricAlias", &(ccdk_lambda_alias_props){
        .alias_name = "prod", .version = ccdk_lambda_function_current_version(mfn)});
    ccdk_cloudwatch_alarm_new(stack, "Alarm", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric(malias, "Test", NULL),
        .alarm_name = "Test", .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1),
    });
    ccdk_cfn_output_new(stack, "AliasFunctionName", &(ccdk_cfn_output_props){.value = ccdk_lambda_alias_function_name(malias)});
    ccdk_cfn_output_new(stack, "AliasFunctionArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_alias_arn(malias)});

    ccdk_lambda_function *efn = ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
    ccdk_lambda_alias_new(stack, "AsyncAlias", &(ccdk_lambda_alias_props){
        .alias_name = "prod", .version = ccdk_lambda_function_current_version(efn),
        .on_success = ccdk_lambda_destination_new(stack, on_success, NULL),
    });

    ccdk_lambda_version *iv = ccdk_lambda_version_from_version_arn(stack, "Fn",
        "arn:aws:lambda:region:account-id:function:function-name:version");
    ccdk_lambda_alias *ialias = ccdk_lambda_alias_from_alias_attributes(stack, "ImportedAlias",
        &(ccdk_lambda_alias_attributes){.alias_name = "alias-name", .alias_version = iv});
    ccdk_lambda_function_configure_async_invoke(ialias, &(ccdk_lambda_event_invoke_config_options){
        .retry_attempts = CCDK_NUM(1)});

    ccdk_lambda_function *sfn = new_fn("ScaledLambda");
    ccdk_lambda_alias *salias = ccdk_lambda_alias_new(stack, "ScaledAlias", &(ccdk_lambda_alias_props){
        .alias_name = "prod", .version = ccdk_lambda_function_current_version(sfn),
        .provisioned_concurrent_executions = CCDK_NUM(10)});
    ccdk_lambda_scalable_attribute *starget = ccdk_lambda_alias_add_auto_scaling(salias,
        &(ccdk_lambda_auto_scaling_options){.max_capacity = CCDK_NUM(5)});
    ccdk_lambda_scalable_attribute_scale_on_utilization(starget, &(ccdk_lambda_utilization_scaling_options){
        .utilization_target = CCDK_NUM_TOKEN(ccdk_token_as_string(ccdk_lazy_value(stack, lazy_target, stack)))});

    ccdk_lambda_function *cfn = new_fn("CronLambda");
    ccdk_lambda_alias *calias = ccdk_lambda_alias_new(stack, "CronAlias", &(ccdk_lambda_alias_props){
        .alias_name = "prod", .version = ccdk_lambda_function_current_version(cfn)});
    ccdk_lambda_scalable_attribute_scale_on_schedule(
        ccdk_lambda_alias_add_auto_scaling(calias, &(ccdk_lambda_auto_scaling_options){.max_capacity = CCDK_NUM(5)}),
        "Scheduling", &(ccdk_lambda_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){0}),
            .max_capacity = CCDK_NUM(10)});
    ccdk_lambda_function *c2fn = new_fn("Cron2Lambda");
    ccdk_lambda_alias *c2alias = ccdk_lambda_alias_new(stack, "Cron2Alias", &(ccdk_lambda_alias_props){
        .alias_name = "prod", .version = ccdk_lambda_function_current_version(c2fn)});
    ccdk_lambda_scalable_attribute_scale_on_schedule(
        ccdk_lambda_alias_add_auto_scaling(c2alias, &(ccdk_lambda_auto_scaling_options){.max_capacity = CCDK_NUM(5)}),
        "Scheduling", &(ccdk_lambda_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.minute = "*"}),
            .max_capacity = CCDK_NUM(10)});

    ccdk_lambda_function *ufn = new_fn("UrlLambda");
    ccdk_lambda_function_add_function_url(ccdk_lambda_alias_new(stack, "UrlAlias", &(ccdk_lambda_alias_props){
        .alias_name = "prod", .version = ccdk_lambda_function_current_version(ufn)}), NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
