/* Conformance case 'integ-efs-filesystem-replication': aws-efs test/integ.efs-filesystem-replication.ts
 * (dropped: the IntegTest). As app.js: ReplicationConfiguration.oneZoneFileSystem and
 * existingFileSystem stand for the integ file's array of plain objects. */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "efsReplication", NULL);

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.nat_gateways = CCDK_NUM(0)});

    ccdk_kms_key *kms_key = ccdk_kms_key_new(stack, "Key", &(ccdk_kms_key_props){
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY});

    ccdk_efs_file_system_new(stack, "oneZoneReplicationFileSystem", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .replication_configuration = &(ccdk_efs_replication_configuration){
            .region = "us-east-1", .availability_zone = "us-east-1a", .kms_key = kms_key},
    });

    ccdk_efs_file_system *destination = ccdk_efs_file_system_new(stack, "destinationFileSystem",
        &(ccdk_efs_file_system_props){
            .vpc = vpc,
            .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
            .replication_overwrite_protection = CCDK_EFS_REPLICATION_OVERWRITE_PROTECTION_DISABLED,
        });

    ccdk_efs_file_system_new(stack, "existFileSystemReplication", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .replication_configuration = &(ccdk_efs_replication_configuration){.destination_file_system = destination},
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
