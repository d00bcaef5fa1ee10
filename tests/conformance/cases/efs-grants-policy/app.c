/* A One Zone file system in a user security group, a function without outbound traffic mounting it
 * (the egress rule and its dependency), grants and a resource policy on a second file system, and a
 * function mounting an imported access point. */
#include <ccdk/efs.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});

    ccdk_ec2_security_group *efs_sg = ccdk_ec2_security_group_new(stack, "EfsSg", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .description = "file systems", .allow_all_outbound = CCDK_FALSE});
    ccdk_efs_file_system *scratch = ccdk_efs_file_system_new(stack, "Scratch", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .security_group = efs_sg,
        .one_zone = CCDK_TRUE,
        .encrypted = CCDK_FALSE,
        .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_ELASTIC,
    });
    ccdk_efs_access_point *scratch_ap = ccdk_efs_file_system_add_access_point(scratch, "Tmp",
        &(ccdk_efs_access_point_options){.path = "/tmp"});
    ccdk_lambda_function_new(stack, "Cruncher", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return 1\n"),
        .vpc = vpc,
        .allow_all_outbound = CCDK_FALSE,
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(scratch_ap, "/mnt/tmp"),
    });

    ccdk_value *secure = ccdk_v_json(stack, "{\"Bool\": {\"aws:SecureTransport\": \"true\"}}");
    ccdk_efs_file_system *shared = ccdk_efs_file_system_new(stack, "Shared", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .file_system_policy = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(
            ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                .actions = CCDK_STRS("elasticfilesystem:ClientMount"),
                .principals = CCDK_LIST(ccdk_iam_account_root_principal(stack)),
                .conditions = secure,
            }))),
    });
    ccdk_efs_file_system_add_to_resource_policy(shared, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .effect = CCDK_IAM_DENY,
        .actions = CCDK_STRS("elasticfilesystem:ClientRootAccess"),
        .principals = CCDK_LIST(ccdk_iam_any_principal(stack)),
    }));
    ccdk_iam_role *reader = ccdk_iam_role_new(stack, "Reader", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "ec2.amazonaws.com")});
    ccdk_efs_file_system_grant_read(shared, reader);
    ccdk_efs_file_system_grant(shared, reader, CCDK_STRS("elasticfilesystem:DescribeMountTargets"));
    /* principals without policies of their own (the stack's own account too): the resource policy */
    ccdk_efs_file_system_grant_read(shared, ccdk_iam_service_principal(stack, "ec2.amazonaws.com"));
    ccdk_efs_file_system_grant(shared, ccdk_iam_account_principal(stack, "111122223333"),
                               CCDK_STRS("elasticfilesystem:DescribeMountTargets"));
    ccdk_efs_file_system_grant_root_access(shared, ccdk_iam_account_root_principal(stack));

    ccdk_efs_access_point *imported = ccdk_efs_access_point_from_access_point_attributes(stack, "ImportedAp",
        &(ccdk_efs_access_point_attributes){.access_point_id = "fsap-0123456789abcdef0", .file_system = shared});
    ccdk_lambda_function *writer = ccdk_lambda_function_new(stack, "Writer", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
        .vpc = vpc,
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(imported, "/mnt/shared"),
    });
    ccdk_efs_file_system_grant_read_write(shared, writer);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
