/* secret.addRotationSchedule and new RotationSchedule: see app.js. */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>

static ccdk_lambda_function *function(ccdk_stack *stack, const char *id)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *rotator = function(stack, "Rotator");
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
    ccdk_secretsmanager_secret_add_rotation_schedule(secret, "Rotation", rotator, NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_secretsmanager_secret *encrypted =
        ccdk_secretsmanager_secret_new(stack, "Encrypted", &(ccdk_secretsmanager_secret_props){.encryption_key = key});
    ccdk_secretsmanager_secret_add_rotation_schedule(encrypted, "Rotation", rotator, &(ccdk_secretsmanager_rotation_schedule_options){
        .automatically_after = ccdk_duration_hours(6),
        .rotate_immediately_on_update = CCDK_FALSE,
    });
    ccdk_secretsmanager_secret *manual = ccdk_secretsmanager_secret_new(stack, "Manual", NULL);
    ccdk_secretsmanager_rotation_schedule_new(stack, "ManualRotation", manual, rotator, &(ccdk_secretsmanager_rotation_schedule_options){
        .automatically_after = ccdk_duration_days(0),
        .rotate_immediately_on_update = CCDK_TRUE,
    });
    ccdk_secretsmanager_secret *partial = ccdk_secretsmanager_secret_from_secret_partial_arn(stack, "Partial",
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:shared");
    ccdk_lambda_function *other = function(stack, "Other");
    ccdk_secretsmanager_secret_add_rotation_schedule(partial, "Rotation", other,
        &(ccdk_secretsmanager_rotation_schedule_options){.automatically_after = ccdk_duration_days(7)});
    ccdk_lambda_function *existing =
        ccdk_lambda_function_from_function_arn(stack, "Existing", "arn:aws:lambda:us-east-1:123456789012:function:rotate");
    ccdk_secretsmanager_secret *plain = ccdk_secretsmanager_secret_new(stack, "Plain", NULL);
    ccdk_secretsmanager_secret_add_rotation_schedule(plain, "Rotation", existing,
        &(ccdk_secretsmanager_rotation_schedule_options){.automatically_after = ccdk_duration_days(1)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
