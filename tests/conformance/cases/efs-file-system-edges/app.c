/* efs-file-system-edges: an imported VPC (One Zone, order-insensitive mount target ids), explicit
 * subnets, grants to a user, a group, a role with conditions, a token clientToken (see app.js). */
#include <ccdk/efs.h>

static const char *long_token(void *ctx)
{
    (void)ctx;
    return "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_node_set_context(stack, "@aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId", "true");
    ccdk_ec2_vpc *imported = ccdk_ec2_vpc_from_vpc_attributes(stack, "Imported", &(ccdk_ec2_vpc_attributes){
        .vpc_id = "vpc-1234",
        .availability_zones = CCDK_STRS("eu-west-1a", "eu-west-1b"),
        .private_subnet_ids = CCDK_STRS("subnet-a", "subnet-b"),
        .private_subnet_names = CCDK_STRS("App"),
        .isolated_subnet_ids = CCDK_STRS("subnet-c", "subnet-d"),
    });
    ccdk_efs_file_system_new(stack, "OneZone", &(ccdk_efs_file_system_props){.vpc = imported, .one_zone = CCDK_TRUE});
    ccdk_efs_file_system_new(stack, "ImportedSubnets", &(ccdk_efs_file_system_props){.vpc = imported});
    ccdk_efs_file_system_new(stack, "ImportedIsolated", &(ccdk_efs_file_system_props){
        .vpc = imported, .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED}});

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(0)});
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(stack, "Explicit", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .vpc_subnets = {.subnets = CCDK_LIST(ccdk_ec2_vpc_isolated_subnets(vpc).items[1], ccdk_ec2_vpc_public_subnets(vpc).items[0])},
    });
    ccdk_efs_file_system_grant_read(fs, ccdk_iam_user_new(stack, "User", NULL));
    ccdk_efs_file_system_grant_read_write(fs, ccdk_iam_group_new(stack, "Group", NULL));
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "ec2.amazonaws.com")});
    ccdk_efs_file_system_grant(fs,
        ccdk_iam_principal_with_conditions(ccdk_iam_role_principal(role),
            ccdk_v_json(stack, "{\"StringEquals\": {\"aws:PrincipalTag/team\": \"data\"}}")),
        CCDK_STRS("elasticfilesystem:DescribeMountTargets"));
    ccdk_efs_file_system_add_access_point(fs, "Token", &(ccdk_efs_access_point_options){
        .client_token = ccdk_lazy_string(stack, long_token, NULL)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
