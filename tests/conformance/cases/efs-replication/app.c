/* replicationConfiguration in its three forms (an existing file system, a regional one with a KMS
 * key or the stack's region, a One Zone one) and replicationOverwriteProtection on the destination. */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_kms_key *key = ccdk_kms_key_from_key_arn(stack, "Key",
        "arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");

    ccdk_efs_file_system *replica = ccdk_efs_file_system_new(stack, "Replica", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .kms_key = ccdk_kms_key_new(stack, "ReplicaKey", NULL),
        .replication_overwrite_protection = CCDK_EFS_REPLICATION_OVERWRITE_PROTECTION_DISABLED,
    });
    ccdk_efs_file_system_new(stack, "ToExisting", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .replication_configuration = &(ccdk_efs_replication_configuration){.destination_file_system = replica},
    });
    ccdk_efs_file_system_new(stack, "ToRegion", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .replication_configuration = &(ccdk_efs_replication_configuration){.region = "us-west-2", .kms_key = key},
        .replication_overwrite_protection = CCDK_EFS_REPLICATION_OVERWRITE_PROTECTION_ENABLED,
    });
    ccdk_efs_file_system_new(stack, "ToOneZone", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .replication_configuration = &(ccdk_efs_replication_configuration){
            .region = "us-east-1", .availability_zone = "us-east-1a", .kms_key = key},
    });
    ccdk_efs_file_system_new(stack, "ToHere", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .replication_configuration = &(ccdk_efs_replication_configuration){0},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
