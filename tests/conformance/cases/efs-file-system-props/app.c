/* efs-file-system.test.ts's props, a file system each: under the VPC as scope, encrypted, a KMS
 * key, lifecycle policies, bursting, elastic, provisioned, a user Name tag, One Zone in a given AZ,
 * replication to a region and to One Zone, a VPC with two subnet groups in one AZ. */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});

    ccdk_efs_file_system_new(CCDK_CONSTRUCT(vpc), "EfsFileSystem", &(ccdk_efs_file_system_props){.vpc = vpc});
    ccdk_efs_file_system_new(stack, "Encrypted", &(ccdk_efs_file_system_props){.vpc = vpc, .encrypted = CCDK_TRUE});
    ccdk_efs_file_system_new(stack, "CustomKey", &(ccdk_efs_file_system_props){
        .vpc = vpc, .encrypted = CCDK_TRUE, .kms_key = ccdk_kms_key_new(stack, "customKeyFS", NULL)});
    ccdk_efs_file_system_new(stack, "Lifecycle", &(ccdk_efs_file_system_props){
        .vpc = vpc, .lifecycle_policy = CCDK_EFS_LIFECYCLE_AFTER_7_DAYS});
    ccdk_efs_file_system_new(stack, "LifecycleOutOfIa", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .lifecycle_policy = CCDK_EFS_LIFECYCLE_AFTER_7_DAYS,
        .out_of_infrequent_access_policy = CCDK_EFS_OUT_OF_IA_AFTER_1_ACCESS,
    });
    ccdk_efs_file_system_new(stack, "Archive", &(ccdk_efs_file_system_props){
        .vpc = vpc, .transition_to_archive_policy = CCDK_EFS_LIFECYCLE_AFTER_1_DAY});
    ccdk_efs_file_system_new(stack, "Bursting", &(ccdk_efs_file_system_props){
        .vpc = vpc, .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_BURSTING});
    ccdk_efs_file_system_new(stack, "Elastic", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_ELASTIC,
        .performance_mode = CCDK_EFS_PERFORMANCE_MODE_GENERAL_PURPOSE,
    });
    ccdk_efs_file_system_new(stack, "Provisioned", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_PROVISIONED,
        .provisioned_throughput_per_second = ccdk_size_mebibytes(5),
    });
    ccdk_efs_file_system *tagged = ccdk_efs_file_system_new(stack, "Tagged", &(ccdk_efs_file_system_props){.vpc = vpc});
    ccdk_tags_add(tagged, "Name", "LookAtMeAndMyFancyTags");
    ccdk_efs_file_system_new(stack, "OneZoneAz", &(ccdk_efs_file_system_props){
        .vpc = vpc, .one_zone = CCDK_TRUE, .vpc_subnets = {.availability_zones = CCDK_STRS("us-east-1a")}});
    ccdk_efs_file_system_new(stack, "OneZoneUnchecked", &(ccdk_efs_file_system_props){
        .vpc = vpc, .one_zone = CCDK_TRUE, .vpc_subnets = {.availability_zones = CCDK_STRS("not-exist-zone")}});
    ccdk_efs_file_system_new(stack, "ToRegion", &(ccdk_efs_file_system_props){
        .vpc = vpc, .replication_configuration = &(ccdk_efs_replication_configuration){.region = "ap-northeast-1"}});
    ccdk_efs_file_system_new(stack, "ToOneZone", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .replication_configuration = &(ccdk_efs_replication_configuration){
            .region = "us-east-1", .availability_zone = "us-east-1a", .kms_key = ccdk_kms_key_new(stack, "customKey", NULL)},
    });

    ccdk_ec2_vpc *one_az_vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .max_azs = CCDK_NUM(1),
        .subnet_configuration = CCDK_EC2_SUBNETS({.name = "One", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED},
                                                 {.name = "Two", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED}),
        .nat_gateways = CCDK_NUM(0),
    });
    ccdk_efs_file_system_new(stack, "OneAz", &(ccdk_efs_file_system_props){.vpc = one_az_vpc});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
