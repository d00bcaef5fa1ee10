/* aws-cdk-lib's CloudFormation validator at synth on what the EFS L2s write (validation-report.json):
 * access point paths CloudFormation refuses, createAcl and POSIX user values out of the schema, 17
 * secondary groups, a literal file system id that is not one (F3031, F3032, F3033, F3034), a
 * provisioned throughput of 0 MiB/s (F3034), and values that pass; creation stack traces off. */
#include <string.h>

#include <ccdk/efs.h>

static void ap(ccdk_efs_file_system *fs, const char *id, const ccdk_efs_access_point_options *o)
{
    ccdk_efs_file_system_add_access_point(fs, id, o);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"aws:cdk:disable-creation-stack-traces", "true"})});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(0), .max_azs = CCDK_NUM(1)});
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(stack, "Files", &(ccdk_efs_file_system_props){.vpc = vpc});

    ap(fs, "Relative", &(ccdk_efs_access_point_options){.path = "export/lambda"});
    ap(fs, "TooDeep", &(ccdk_efs_access_point_options){.path = "/a/b/c/d/e"});
    ap(fs, "Hidden", &(ccdk_efs_access_point_options){.path = "/data/.cache"});
    char long_path[102];
    long_path[0] = '/';
    memset(long_path + 1, 'x', 100);
    long_path[101] = 0;
    ap(fs, "TooLong", &(ccdk_efs_access_point_options){.path = long_path});
    ap(fs, "Fine", &(ccdk_efs_access_point_options){
        .path = "/a/b/c/d",
        .create_acl = &(ccdk_efs_acl){.owner_uid = "0", .owner_gid = "4294967295", .permissions = "0755"},
        .posix_user = &(ccdk_efs_posix_user){.uid = "1000", .gid = "1000", .secondary_gids = CCDK_STRS("0", "4294967295")},
        .client_token = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    });
    ap(fs, "BadAcl", &(ccdk_efs_access_point_options){
        .path = "/shared",
        .create_acl = &(ccdk_efs_acl){.owner_uid = "-1", .owner_gid = "4294967296", .permissions = "0855"},
    });
    ap(fs, "BadUser", &(ccdk_efs_access_point_options){
        .posix_user = &(ccdk_efs_posix_user){.uid = "-5", .gid = "4294967296", .secondary_gids = CCDK_STRS("-1", "1", "4294967296")},
    });
    ap(fs, "ManyGroups", &(ccdk_efs_access_point_options){
        .posix_user = &(ccdk_efs_posix_user){.uid = "1", .gid = "1", .secondary_gids = CCDK_STRS(
            "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16")},
    });
    ap(fs, "NotNumbers", &(ccdk_efs_access_point_options){.posix_user = &(ccdk_efs_posix_user){.uid = "abc", .gid = "1.5"}});

    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_security_group_id(stack, "Sg", "sg-0123456789abcdef0",
                                                                                 CCDK_UNSET, CCDK_UNSET);
    ccdk_efs_file_system *imported = ccdk_efs_file_system_from_file_system_attributes(stack, "Imported",
        &(ccdk_efs_file_system_attributes){.file_system_id = "fs123", .security_group = sg});
    ccdk_efs_access_point_new(stack, "OnImport", imported, NULL);
    ccdk_efs_file_system_new(stack, "ToImport", &(ccdk_efs_file_system_props){
        .vpc = vpc, .replication_configuration = &(ccdk_efs_replication_configuration){.destination_file_system = imported}});
    ccdk_efs_file_system *good = ccdk_efs_file_system_from_file_system_attributes(stack, "Good",
        &(ccdk_efs_file_system_attributes){.file_system_id = "fs-0123456789abcdef0", .security_group = sg});
    ccdk_efs_access_point_new(stack, "OnGood", good, NULL);
    ccdk_efs_file_system *by_arn = ccdk_efs_file_system_from_file_system_attributes(stack, "ByArn",
        &(ccdk_efs_file_system_attributes){
            .file_system_arn = "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123456789abcdef0",
            .security_group = sg});
    ccdk_efs_access_point_new(stack, "OnArn", by_arn, NULL);

    ccdk_efs_file_system_new(stack, "Zero", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_PROVISIONED,
        .provisioned_throughput_per_second = ccdk_size_mebibytes(0),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
