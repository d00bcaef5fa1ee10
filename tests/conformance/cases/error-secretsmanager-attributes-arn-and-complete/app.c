/* error-secretsmanager-attributes-arn-and-complete: see app.js. */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_secretsmanager_secret_from_secret_attributes(stack, "Secret", &(ccdk_secretsmanager_secret_attributes){
        .secret_arn = "arn:aws:secretsmanager:eu-west-1:111111111111:secret:MySecret",
        .secret_complete_arn = "arn:aws:secretsmanager:eu-west-1:111111111111:secret:MySecret-f3gDy9",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
