/* efs-file-system.test.ts's grants and policies: grant, grantRead, grantReadWrite, grantRootAccess
 * to roles, allowAnonymousAccess false and true, a fileSystemPolicy, addToResourcePolicy, and
 * addToResourcePolicy on an imported file system (its results as outputs). */
#include <ccdk/efs.h>

static ccdk_iam_role *role(ccdk_stack *stack, const char *id)
{
    return ccdk_iam_role_new(stack, id, &(ccdk_iam_role_props){.assumed_by = ccdk_iam_any_principal(stack)});
}

static ccdk_iam_policy_statement *statement(ccdk_stack *stack, const char *arn, ccdk_strs actions)
{
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = actions,
        .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, arn)),
        .resources = CCDK_STRS("arn:aws:elasticfilesystem:us-east-2:111122223333:file-system/fs-1234abcd"),
        .conditions = ccdk_v_json(stack, "{\"Bool\": {\"elasticfilesystem:AccessedViaMountTarget\": \"true\"}}"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(0), .max_azs = CCDK_NUM(1)});
    ccdk_efs_file_system_props props = {.vpc = vpc};

    /* (the file system first, then the role, as JavaScript evaluates new FileSystem(...).grant(role(...))) */
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(stack, "Granted", &props);
    ccdk_efs_file_system_grant(fs, role(stack, "Role"), CCDK_STRS("elasticfilesystem:ClientWrite"));
    fs = ccdk_efs_file_system_new(stack, "Read", &props);
    ccdk_efs_file_system_grant_read(fs, role(stack, "ReadRole"));
    fs = ccdk_efs_file_system_new(stack, "ReadWrite", &props);
    ccdk_efs_file_system_grant_read_write(fs, role(stack, "ReadWriteRole"));
    fs = ccdk_efs_file_system_new(stack, "Root", &props);
    ccdk_efs_file_system_grant_root_access(fs, role(stack, "RootRole"));
    ccdk_efs_file_system_new(stack, "DenyAnonymous", &(ccdk_efs_file_system_props){
        .vpc = vpc, .allow_anonymous_access = CCDK_FALSE});
    ccdk_efs_file_system *anonymous = ccdk_efs_file_system_new(stack, "AllowAnonymous", &(ccdk_efs_file_system_props){
        .vpc = vpc, .allow_anonymous_access = CCDK_TRUE});
    ccdk_iam_role *client_role = role(stack, "ClientRole");
    ccdk_efs_file_system_grant_read(anonymous, client_role);
    ccdk_efs_file_system_grant_read_write(anonymous, client_role);
    ccdk_efs_file_system_grant_root_access(anonymous, client_role);

    ccdk_efs_file_system_new(stack, "WithPolicy", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .file_system_policy = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(
            statement(stack, "arn:aws:iam::111122223333:role/Testing_Role",
                      CCDK_STRS("elasticfilesystem:ClientWrite", "elasticfilesystem:ClientMount")))),
    });
    ccdk_efs_file_system *statements = ccdk_efs_file_system_new(stack, "Statements", &props);
    ccdk_efs_file_system_add_to_resource_policy(
        statements, statement(stack, "arn:aws:iam::111122223333:role/Testing_Role1", CCDK_STRS("elasticfilesystem:ClientMount")));
    ccdk_efs_file_system_add_to_resource_policy(
        statements, statement(stack, "arn:aws:iam::111122223333:role/Testing_Role2",
                              CCDK_STRS("elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite")));

    ccdk_efs_file_system *file_system = ccdk_efs_file_system_new(stack, "FileSystem", &props);
    ccdk_efs_file_system *imported = ccdk_efs_file_system_from_file_system_attributes(stack, "ImportedFileSystem",
        &(ccdk_efs_file_system_attributes){
            .security_group = ccdk_ec2_connections_security_groups(ccdk_efs_file_system_connections(file_system)).items[0],
            .file_system_arn = ccdk_efs_file_system_arn(file_system),
        });
    ccdk_iam_policy_statement *one =
        statement(stack, "arn:aws:iam::111122223333:role/Testing_Role", CCDK_STRS("elasticfilesystem:ClientMount"));
    int added = ccdk_efs_file_system_add_to_resource_policy(file_system, one);
    ccdk_cfn_output_new(stack, "Added", &(ccdk_cfn_output_props){.value = added ? "true" : "false"});
    added = ccdk_efs_file_system_add_to_resource_policy(imported, one);
    ccdk_cfn_output_new(stack, "ImportedAdded", &(ccdk_cfn_output_props){.value = added ? "true" : "false"});
    ccdk_cfn_output_new(stack, "ImportedId", &(ccdk_cfn_output_props){.value = ccdk_efs_file_system_id(imported)});
    ccdk_cfn_output_new(stack, "ImportedArn", &(ccdk_cfn_output_props){.value = ccdk_efs_file_system_arn(imported)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
