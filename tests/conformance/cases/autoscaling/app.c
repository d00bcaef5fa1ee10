/* AutoScaling: alias.addAutoScaling, scaleOnUtilization, scaleOnSchedule. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_lambda_alias *alias = ccdk_lambda_function_add_alias(fn, "prod", NULL);
    ccdk_lambda_scalable_attribute *as = ccdk_lambda_alias_add_auto_scaling(alias, &(ccdk_lambda_auto_scaling_options){
        .max_capacity = CCDK_NUM(50),
    });
    ccdk_lambda_scalable_attribute_scale_on_utilization(as, &(ccdk_lambda_utilization_scaling_options){
        .utilization_target = CCDK_NUM(0.5),
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(as, "ScaleUpInTheMorning", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.hour = "8", .minute = "0"}),
        .min_capacity = CCDK_NUM(20),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
