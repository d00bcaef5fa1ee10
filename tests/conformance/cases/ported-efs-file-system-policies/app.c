/* ported-efs-file-system-policies: aws-cdk's efs-file-system.test.ts ported literally (see app.js):
 * its tests of resource policies, anonymous access, One Zone and replication, a stack each, 'anonymous
 * access is prohibited by default when using GrantRead' in the Default stack (a NULL id). */
#include <ccdk/efs.h>

typedef struct {
    ccdk_stack *stack;
    ccdk_ec2_vpc *vpc;
} given_t;

/* beforeEach: stack = new Stack(); vpc = new ec2.Vpc(stack, 'VPC') */
static given_t given(ccdk_app *app, const char *id)
{
    ccdk_stack *stack = ccdk_stack_new(app, id, NULL);
    return (given_t){stack, ccdk_ec2_vpc_new(stack, "VPC", NULL)};
}

static ccdk_efs_file_system *file_system(given_t g, ccdk_efs_file_system_props props)
{
    props.vpc = g.vpc;
    return ccdk_efs_file_system_new(g.stack, "EfsFileSystem", &props);
}

static ccdk_iam_role *client_role(ccdk_stack *stack)
{
    return ccdk_iam_role_new(stack, "ClientRole", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_any_principal(stack)});
}

static ccdk_iam_policy_statement *statement(ccdk_stack *stack, const char *role_arn, ccdk_strs actions)
{
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = actions,
        .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, role_arn)),
        .resources = CCDK_STRS("arn:aws:elasticfilesystem:us-east-2:111122223333:file-system/fs-1234abcd"),
        .conditions = ccdk_v_json(stack, "{\"Bool\": {\"elasticfilesystem:AccessedViaMountTarget\": \"true\"}}"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        given_t g = given(app, NULL);
        ccdk_iam_role *role = client_role(g.stack);
        ccdk_efs_file_system *fs = file_system(g, (ccdk_efs_file_system_props){0});
        ccdk_efs_file_system_grant_read(fs, role);
    }
    {
        given_t g = given(app, "FileSystemPolicy");
        ccdk_iam_policy_document *my_file_system_policy = ccdk_iam_policy_document_new(g.stack,
            (ccdk_iam_policy_statement_list)CCDK_LIST(statement(g.stack, "arn:aws:iam::111122223333:role/Testing_Role",
                CCDK_STRS("elasticfilesystem:ClientWrite", "elasticfilesystem:ClientMount"))));
        file_system(g, (ccdk_efs_file_system_props){.file_system_policy = my_file_system_policy});
    }
    {
        given_t g = given(app, "AddStatements");
        ccdk_iam_policy_statement *statement1 = statement(g.stack, "arn:aws:iam::111122223333:role/Testing_Role1",
            CCDK_STRS("elasticfilesystem:ClientMount"));
        ccdk_iam_policy_statement *statement2 = statement(g.stack, "arn:aws:iam::111122223333:role/Testing_Role2",
            CCDK_STRS("elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"));
        ccdk_efs_file_system *fs = file_system(g, (ccdk_efs_file_system_props){0});
        ccdk_efs_file_system_add_to_resource_policy(fs, statement1);
        ccdk_efs_file_system_add_to_resource_policy(fs, statement2);
    }
    {
        given_t g = given(app, "ImportedNoPolicy");
        ccdk_iam_policy_statement *st = statement(g.stack, "arn:aws:iam::111122223333:role/Testing_Role",
            CCDK_STRS("elasticfilesystem:ClientMount"));
        ccdk_efs_file_system *fs = ccdk_efs_file_system_new(g.stack, "FileSystem", &(ccdk_efs_file_system_props){.vpc = g.vpc});
        ccdk_efs_file_system *imported = ccdk_efs_file_system_from_file_system_attributes(g.stack, "ImportedFileSystem",
            &(ccdk_efs_file_system_attributes){
                .security_group = ccdk_ec2_connections_security_groups(ccdk_efs_file_system_connections(fs)).items[0],
                .file_system_arn = ccdk_efs_file_system_arn(fs),
            });
        int fs_result = ccdk_efs_file_system_add_to_resource_policy(fs, st);
        int imported_result = ccdk_efs_file_system_add_to_resource_policy(imported, st);
        ccdk_cfn_output_new(g.stack, "FileSystemResult", &(ccdk_cfn_output_props){.value = fs_result ? "true" : "false"});
        ccdk_cfn_output_new(g.stack, "ImportedFileSystemResult",
                            &(ccdk_cfn_output_props){.value = imported_result ? "true" : "false"});
    }
    {
        given_t g = given(app, "GrantReadWrite");
        ccdk_iam_role *role = client_role(g.stack);
        ccdk_efs_file_system_grant_read_write(file_system(g, (ccdk_efs_file_system_props){0}), role);
    }
    {
        given_t g = given(app, "GrantRootAccess");
        ccdk_iam_role *role = client_role(g.stack);
        ccdk_efs_file_system_grant_root_access(file_system(g, (ccdk_efs_file_system_props){0}), role);
    }
    file_system(given(app, "DenyAnonymous"), (ccdk_efs_file_system_props){.allow_anonymous_access = CCDK_FALSE});
    {
        given_t g = given(app, "AllowAnonymous");
        ccdk_iam_role *role = client_role(g.stack);
        ccdk_efs_file_system *fs = file_system(g, (ccdk_efs_file_system_props){.allow_anonymous_access = CCDK_TRUE});
        ccdk_efs_file_system_grant_read(fs, role);
        ccdk_efs_file_system_grant_read_write(fs, role);
        ccdk_efs_file_system_grant_root_access(fs, role);
    }
    file_system(given(app, "OneZone"), (ccdk_efs_file_system_props){.one_zone = CCDK_TRUE});
    file_system(given(app, "OneZoneUnresolved"), (ccdk_efs_file_system_props){
        .one_zone = CCDK_TRUE, .vpc_subnets = {.availability_zones = CCDK_STRS("not-exist-zone")}});
    file_system(given(app, "OneZoneOneAz"), (ccdk_efs_file_system_props){
        .one_zone = CCDK_TRUE, .vpc_subnets = {.availability_zones = CCDK_STRS("us-east-1a")}});
    file_system(given(app, "ProtectionEnabled"), (ccdk_efs_file_system_props){
        .replication_overwrite_protection = CCDK_EFS_REPLICATION_OVERWRITE_PROTECTION_ENABLED});
    file_system(given(app, "ProtectionDisabled"), (ccdk_efs_file_system_props){
        .replication_overwrite_protection = CCDK_EFS_REPLICATION_OVERWRITE_PROTECTION_DISABLED});
    file_system(given(app, "ReplicationRegional"), (ccdk_efs_file_system_props){
        .replication_configuration = &(ccdk_efs_replication_configuration){.region = "ap-northeast-1"}});
    {
        given_t g = given(app, "ReplicationDestination");
        ccdk_efs_file_system *destination = ccdk_efs_file_system_new(g.stack, "DestinationFileSystem",
            &(ccdk_efs_file_system_props){
                .vpc = g.vpc, .replication_overwrite_protection = CCDK_EFS_REPLICATION_OVERWRITE_PROTECTION_DISABLED});
        file_system(g, (ccdk_efs_file_system_props){
            .replication_configuration = &(ccdk_efs_replication_configuration){.destination_file_system = destination}});
    }
    {
        given_t g = given(app, "ReplicationOneZone");
        file_system(g, (ccdk_efs_file_system_props){
            .replication_configuration = &(ccdk_efs_replication_configuration){
                .region = "us-east-1", .availability_zone = "us-east-1a", .kms_key = ccdk_kms_key_new(g.stack, "customKey", NULL)}});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
