/* error: a RotationSchedule's automaticallyAfter below 4 hours, no whole number of hours (app.js) */
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *rotator = ccdk_lambda_function_new(stack, "Rotator", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
    ccdk_secretsmanager_secret_add_rotation_schedule(secret, "Rotation", rotator,
        &(ccdk_secretsmanager_rotation_schedule_options){.automatically_after = ccdk_duration_minutes(90)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
