/* error: secret.cfnDynamicReferenceKey with both versionStage and versionId */
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_from_secret_complete_arn(stack, "Secret",
        "arn:aws:secretsmanager:eu-west-1:111111111111:secret:MySecret-f3gDy9");
    ccdk_secretsmanager_secret_cfn_dynamic_reference_key(secret, &(ccdk_secretsmanager_secret_options){
        .version_stage = "version-stage", .version_id = "version-id"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
