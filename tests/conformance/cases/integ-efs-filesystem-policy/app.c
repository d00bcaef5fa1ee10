/* Conformance case 'integ-efs-filesystem-policy': aws-efs test/integ.efs-filesystem-policy.ts
 * (dropped: the IntegTest). */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "test-efs-integ", NULL);

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(3), .nat_gateways = CCDK_NUM(1)});

    ccdk_iam_policy_document *my_file_system_policy = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(
        ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("elasticfilesystem:ClientWrite", "elasticfilesystem:ClientMount"),
            .principals = CCDK_LIST(ccdk_iam_account_root_principal(stack)),
            .resources = CCDK_STRS("*"),
            .conditions = ccdk_v_json(stack, "{\"Bool\": {\"elasticfilesystem:AccessedViaMountTarget\": \"true\"}}"),
        })));

    ccdk_efs_file_system *file_system = ccdk_efs_file_system_new(stack, "FileSystem", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .file_system_policy = my_file_system_policy,
    });
    ccdk_efs_file_system_add_to_resource_policy(file_system,
        ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("elasticfilesystem:ClientRootAccess"),
            .principals = CCDK_LIST(ccdk_iam_account_root_principal(stack)),
            .resources = CCDK_STRS("*"),
            .conditions = ccdk_v_json(stack, "{\"Bool\": {\"elasticfilesystem:AccessedViaMountTarget\": \"true\"}}"),
        }));

    ccdk_efs_access_point *access_point = ccdk_efs_access_point_new(stack, "AccessPoint", file_system, NULL);
    ccdk_tags_add(access_point, "Name", "MyAccessPoint");

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
