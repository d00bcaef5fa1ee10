/* EFS as a user of an imported VPC writes it: a file system in a named isolated subnet group
 * encrypted with an imported key, access-point.test.ts's custom access point (new AccessPoint),
 * escape hatches on both L1s, connections, an imported file system granted to a role and used as a
 * replication destination, and a resource depending on the mount targets. */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "Network", &(ccdk_ec2_vpc_attributes){
        .vpc_id = "vpc-0123456789abcdef0",
        .availability_zones = CCDK_STRS("us-east-1a", "us-east-1b"),
        .private_subnet_ids = CCDK_STRS("subnet-0aaa", "subnet-0bbb"),
        .isolated_subnet_ids = CCDK_STRS("subnet-0ccc", "subnet-0ddd"),
        .isolated_subnet_names = CCDK_STRS("Data"),
    });
    ccdk_kms_key *key = ccdk_kms_key_from_key_arn(stack, "Key",
        "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    ccdk_efs_file_system *file_system = ccdk_efs_file_system_new(stack, "EfsFileSystem", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .vpc_subnets = {.subnet_group_name = "Data"},
        .encrypted = CCDK_TRUE,
        .kms_key = key,
    });
    ccdk_efs_access_point *ap = ccdk_efs_access_point_new(stack, "MyAccessPoint", file_system, &(ccdk_efs_access_point_options){
        .create_acl = &(ccdk_efs_acl){.owner_gid = "1000", .owner_uid = "1000", .permissions = "755"},
        .path = "/export/share",
        .posix_user = &(ccdk_efs_posix_user){.gid = "1000", .uid = "1000", .secondary_gids = CCDK_STRS("1001", "1002")},
    });
    ccdk_cfn_resource_add_property_override(ccdk_cfn_resource_of(ccdk_node_default_child(file_system)),
                                            "BypassPolicyLockoutSafetyCheck", ccdk_v_bool(app, 1));
    ccdk_cfn_resource_add_property_override(ccdk_cfn_resource_of(ccdk_node_default_child(ap)),
                                            "ClientToken", ccdk_v_string(app, "my-token"));

    ccdk_ec2_security_group *clients = ccdk_ec2_security_group_new(stack, "Clients", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_ec2_connections *connections = ccdk_efs_file_system_connections(file_system);
    ccdk_ec2_connections_allow_default_port_from(connections, ccdk_ec2_security_group_connections(clients), "from the clients");
    ccdk_ec2_connections_allow_default_port_from_any_ipv4(connections, "from anywhere");

    ccdk_efs_file_system *other = ccdk_efs_file_system_from_file_system_attributes(stack, "Other", &(ccdk_efs_file_system_attributes){
        .file_system_id = "fs-0123456789abcdef0",
        .security_group = ccdk_ec2_security_group_from_security_group_id(stack, "OtherSg", "sg-0123456789abcdef0",
                                                                         CCDK_FALSE, CCDK_UNSET),
    });
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "ec2.amazonaws.com")});
    ccdk_efs_file_system_grant_read_write(other, role);
    ccdk_ec2_connections_allow_default_port_from(ccdk_efs_file_system_connections(other),
                                                 ccdk_ec2_security_group_connections(clients), NULL);
    ccdk_efs_file_system_new(stack, "Replicated", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .replication_configuration = &(ccdk_efs_replication_configuration){.destination_file_system = other},
    });

    ccdk_cfn_resource *waiter = ccdk_cfn_resource_new(stack, "Waiter", "AWS::CloudFormation::WaitConditionHandle", NULL);
    for (size_t i = 0; i < ccdk_efs_file_system_mount_target_count(file_system); i++)
        ccdk_node_add_dependency(waiter, ccdk_efs_file_system_mount_target(file_system, i));
    ccdk_cfn_output_new(stack, "AccessPointArn", &(ccdk_cfn_output_props){.value = ccdk_efs_access_point_arn(ap)});
    ccdk_cfn_output_new(stack, "OtherArn", &(ccdk_cfn_output_props){.value = ccdk_efs_file_system_arn(other)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
