/* Conformance case 'lambda-s3files-shared-mount': every s3files L1 property, one S3 Files FileSystem
 * shared by two functions (see app.js). */
#include <stdio.h>

#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/s3.h>
#include <ccdk/s3files.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_tags_add(stack, "team", "storage");
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(2), .nat_gateways = CCDK_NUM(1), .restrict_default_security_group = CCDK_FALSE});
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_name(stack, "Bucket", "my-data-bucket");

    ccdk_s3files_cfn_file_system *file_system = ccdk_s3files_cfn_file_system_new(stack, "FileSystem",
        &(ccdk_s3files_cfn_file_system_props){
            .accept_bucket_warning = CCDK_TRUE,
            .bucket = ccdk_s3_bucket_arn(bucket),
            .client_token = "token-1",
            .kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/abcd",
            .prefix = "data/",
            .role_arn = "arn:aws:iam::123456789012:role/S3FilesRole",
            .synchronization_configuration = &(ccdk_s3files_synchronization_configuration){
                .expiration_data_rules = CCDK_LIST_OF(ccdk_s3files_expiration_data_rule, {30}),
                .import_data_rules = CCDK_LIST_OF(ccdk_s3files_import_data_rule, {"in/", 1048576, "ON_FILE_ACCESS"}),
                .latest_version_number = CCDK_NUM(2),
            },
            .tags = CCDK_KVS({"owner", "me"}),
        });
    ccdk_s3files_cfn_file_system_apply_removal_policy(file_system, CCDK_REMOVAL_POLICY_DESTROY);

    ccdk_ec2_security_group *sg_a = ccdk_ec2_security_group_new(stack, "MountTargetSGA",
                                                                &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_security_group *sg_b = ccdk_ec2_security_group_new(stack, "MountTargetSGB",
                                                                &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_subnet_list private_subnets = ccdk_ec2_vpc_private_subnets(vpc);
    for (size_t i = 0; i < private_subnets.count; i++) {
        char id[32];
        snprintf(id, sizeof id, "MountTarget%zu", i);
        ccdk_s3files_cfn_mount_target *mt = ccdk_s3files_cfn_mount_target_new(stack, id,
            &(ccdk_s3files_cfn_mount_target_props){
                .file_system_id = ccdk_s3files_cfn_file_system_ref(file_system),
                .ip_address_type = "IPV4_ONLY",
                .ipv4_address = i == 0 ? "10.0.128.10" : NULL,
                .security_groups = i == 0 ? CCDK_STRS(ccdk_ec2_security_group_id(sg_a))
                                          : CCDK_STRS(ccdk_ec2_security_group_id(sg_a), ccdk_ec2_security_group_id(sg_b)),
                .subnet_id = ccdk_ec2_subnet_id(private_subnets.items[i]),
            });
        ccdk_s3files_cfn_mount_target_apply_removal_policy(mt, CCDK_REMOVAL_POLICY_RETAIN);
    }

    ccdk_s3files_cfn_access_point *access_point = ccdk_s3files_cfn_access_point_new(stack, "AccessPoint",
        &(ccdk_s3files_cfn_access_point_props){
            .client_token = "ap-token",
            .file_system_id = ccdk_s3files_cfn_file_system_attr_file_system_id(file_system),
            .posix_user = &(ccdk_s3files_posix_user){.gid = "1000", .secondary_gids = CCDK_STRS("2000", "3000"), .uid = "1000"},
            .root_directory = &(ccdk_s3files_root_directory){.path = "/lambda"},
            .tags = CCDK_KVS({"purpose", "lambda"}),
        });
    ccdk_s3files_cfn_access_point_apply_removal_policy(access_point, CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE);

    const ccdk_lambda_file_system *filesystem = ccdk_lambda_file_system_from_s3_files_access_point(access_point,
        "/mnt/shared", &(ccdk_lambda_s3_files_options){.direct_s3_read = ccdk_lambda_direct_s3_read_enabled(bucket)});
    ccdk_lambda_function *fn1 = ccdk_lambda_function_new(stack, "Reader", &(ccdk_lambda_function_props){
        .vpc = vpc,
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context): pass"),
        .filesystem = filesystem,
    });
    ccdk_lambda_function_new(stack, "Writer", &(ccdk_lambda_function_props){
        .vpc = vpc,
        .allow_all_outbound = CCDK_FALSE,
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context): return 1"),
        .filesystem = filesystem,
    });
    ccdk_cfn_output_new(stack, "ReaderVersion", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_version_arn(ccdk_lambda_function_current_version(fn1))});

    ccdk_cfn_output_new(stack, "Attrs", &(ccdk_cfn_output_props){
        .value = ccdk_fn_join(stack, ",", CCDK_STRS(
            ccdk_s3files_cfn_file_system_attr_creation_time(file_system),
            ccdk_s3files_cfn_file_system_attr_file_system_arn(file_system),
            ccdk_s3files_cfn_file_system_attr_owner_id(file_system),
            ccdk_s3files_cfn_file_system_attr_status(file_system),
            ccdk_s3files_cfn_file_system_attr_status_message(file_system),
            ccdk_s3files_cfn_access_point_ref(access_point),
            ccdk_s3files_cfn_access_point_attr_access_point_id(access_point),
            ccdk_s3files_cfn_access_point_attr_owner_id(access_point),
            ccdk_s3files_cfn_access_point_attr_status(access_point)))});
    ccdk_cfn_output_new(stack, "LatestVersion", &(ccdk_cfn_output_props){
        .value = ccdk_s3files_cfn_file_system_attr_synchronization_configuration_latest_version_number(file_system)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
