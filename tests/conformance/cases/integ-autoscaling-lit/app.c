/* test/integ.autoscaling.lit.ts: Lambda AutoScaling usage. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-lambda-autoscaling", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => { console.log('hello world'); };"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME(NODEJS_14_X),
    });
    ccdk_lambda_version *version = ccdk_lambda_function_current_version(fn);
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "prod",
        .version = version,
    });
    ccdk_lambda_scalable_attribute *t = ccdk_lambda_alias_add_auto_scaling(alias, &(ccdk_lambda_auto_scaling_options){
        .min_capacity = CCDK_NUM(3),
        .max_capacity = CCDK_NUM(50),
    });
    ccdk_lambda_scalable_attribute_scale_on_utilization(t, &(ccdk_lambda_utilization_scaling_options){
        .utilization_target = CCDK_NUM(0.5),
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(t, "ScaleUpInTheMorning", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.hour = "8", .minute = "0"}),
        .min_capacity = CCDK_NUM(20),
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(t, "ScaleDownAtNight", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.hour = "20", .minute = "0"}),
        .max_capacity = CCDK_NUM(20),
    });
    ccdk_cfn_output_new(stack, "FunctionName", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_name(fn)});
    /* Changes the function description when the feature flag is present to validate the changed function hash. */
    ccdk_lambda_function_version_upgrade_aspect(stack, CCDK_LAMBDA_RECOGNIZE_LAYER_VERSION, CCDK_UNSET);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
