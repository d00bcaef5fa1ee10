/* error-secretsmanager-rotation-lambda-and-hosted: see app.js. */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
    });
    ccdk_secretsmanager_secret_add_rotation_schedule(secret, "Rotation", fn, &(ccdk_secretsmanager_rotation_schedule_options){
        .hosted_rotation = &(ccdk_secretsmanager_hosted_rotation){.type = CCDK_SECRETSMANAGER_HOSTED_ROTATION_MYSQL_SINGLE_USER},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
