/* Conformance case 'unit-efs-file-system-corners': efs.FileSystem / AccessPoint props at
 * efs-file-system.ts's edges (see app.js). */
#include <ccdk/efs.h>
#include <ccdk/iam.h>

static ccdk_iam_policy_statement *statement(ccdk_stack *stack)
{
    ccdk_value *bool_ = ccdk_v_object(stack);
    ccdk_v_set(bool_, "elasticfilesystem:AccessedViaMountTarget", ccdk_v_string(stack, "true"));
    ccdk_value *conditions = ccdk_v_object(stack);
    ccdk_v_set(conditions, "Bool", bool_);
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("elasticfilesystem:ClientMount"),
        .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn:aws:iam::111122223333:role/Testing_Role")),
        .resources = CCDK_STRS("*"),
        .conditions = conditions});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_efs_file_system_new(stack, "Given", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .file_system_policy = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(statement(stack))),
        .allow_anonymous_access = CCDK_FALSE});
    ccdk_iam_policy_document *shared = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(statement(stack)));
    ccdk_efs_file_system_new(stack, "SharedA", &(ccdk_efs_file_system_props){
        .vpc = vpc, .file_system_policy = shared, .allow_anonymous_access = CCDK_FALSE});
    ccdk_efs_file_system_new(stack, "SharedB", &(ccdk_efs_file_system_props){
        .vpc = vpc, .file_system_policy = shared, .allow_anonymous_access = CCDK_FALSE});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "SG", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(stack, "Options", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .file_system_name = "",
        .enable_automatic_backups = CCDK_FALSE,
        .performance_mode = CCDK_EFS_PERFORMANCE_MODE_GENERAL_PURPOSE,
        .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_PROVISIONED,
        .provisioned_throughput_per_second = ccdk_size_gibibytes(1),
        .security_group = sg,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC}});
    ccdk_efs_file_system_add_access_point(fs, "PathOnly", &(ccdk_efs_access_point_options){.path = "/data"});
    ccdk_efs_access_point_new(stack, "UserOnly", fs, &(ccdk_efs_access_point_options){
        .posix_user = &(ccdk_efs_posix_user){.uid = "1000", .gid = "1000"}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
