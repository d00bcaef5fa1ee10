/* Secrets rotated by Secrets Manager's hosted rotation functions (see app.js). */
#include <ccdk/ec2.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){
        .generate_secret_string = &(ccdk_secretsmanager_secret_string_generator){.exclude_characters = "\"@/\\"},
    });
    ccdk_secretsmanager_secret_add_rotation_schedule(secret, "Rotation", NULL, &(ccdk_secretsmanager_rotation_schedule_options){
        .hosted_rotation = &(ccdk_secretsmanager_hosted_rotation){
            .type = CCDK_SECRETSMANAGER_HOSTED_ROTATION_MYSQL_SINGLE_USER, .function_name = "my-rotation"},
    });
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_kms_key *master_key = ccdk_kms_key_new(stack, "MasterKey", NULL);
    ccdk_secretsmanager_secret *master =
        ccdk_secretsmanager_secret_new(stack, "Master", &(ccdk_secretsmanager_secret_props){.encryption_key = master_key});
    ccdk_secretsmanager_secret *user =
        ccdk_secretsmanager_secret_new(stack, "User", &(ccdk_secretsmanager_secret_props){.encryption_key = key});
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(2), .nat_gateways = CCDK_NUM(1), .restrict_default_security_group = CCDK_FALSE});
    ccdk_secretsmanager_secret_add_rotation_schedule(user, "Rotation", NULL, &(ccdk_secretsmanager_rotation_schedule_options){
        .hosted_rotation = &(ccdk_secretsmanager_hosted_rotation){
            .type = CCDK_SECRETSMANAGER_HOSTED_ROTATION_POSTGRESQL_MULTI_USER, .master_secret = master, .vpc = vpc},
        .automatically_after = ccdk_duration_days(15),
    });
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "Sg", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_secretsmanager_secret *imported = ccdk_secretsmanager_secret_from_secret_complete_arn(
        stack, "Imported", "arn:aws:secretsmanager:us-east-1:123456789012:secret:app-AbCdEf");
    ccdk_secretsmanager_rotation_schedule_new(stack, "ImportedRotation", imported, NULL, &(ccdk_secretsmanager_rotation_schedule_options){
        .hosted_rotation = &(ccdk_secretsmanager_hosted_rotation){
            .type = CCDK_SECRETSMANAGER_HOSTED_ROTATION_SQLSERVER_SINGLE_USER,
            .vpc = vpc,
            .security_groups = (ccdk_ec2_security_group_list)CCDK_LIST(sg),
            .vpc_subnets = &(ccdk_ec2_subnet_selection){.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
            .exclude_characters = "!",
        },
        .rotate_immediately_on_update = CCDK_FALSE,
    });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .environment = CCDK_KVS({"SECRET", ccdk_secretsmanager_secret_arn(secret)}, {"USER", ccdk_secretsmanager_secret_arn(user)}),
    });
    ccdk_secretsmanager_secret_grant_read(secret, fn);
    ccdk_secretsmanager_secret_grant_read(user, fn);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
