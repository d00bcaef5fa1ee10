/* error-secretsmanager-hosted-rotation-security-groups-no-vpc: see app.js. */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_security_group_id(stack, "Sg", "sg-12345678", (ccdk_tristate){0}, (ccdk_tristate){0});
    ccdk_secretsmanager_secret_add_rotation_schedule(secret, "Rotation", NULL, &(ccdk_secretsmanager_rotation_schedule_options){
        .hosted_rotation = &(ccdk_secretsmanager_hosted_rotation){
            .type = CCDK_SECRETSMANAGER_HOSTED_ROTATION_MYSQL_SINGLE_USER,
            .security_groups = (ccdk_ec2_security_group_list)CCDK_LIST(sg),
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
