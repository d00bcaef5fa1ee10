/* ported-efs-file-system: aws-cdk's efs-file-system.test.ts ported literally (see app.js): its tests
 * that synthesize, a stack each, 'auto-named if none provided' in the Default stack (a NULL id). */
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

static ccdk_ec2_security_group *imported_sg(ccdk_stack *stack)
{
    return ccdk_ec2_security_group_from_security_group_id(stack, "SG", "sg-123456789", CCDK_FALSE, CCDK_UNSET);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        given_t g = given(app, NULL);
        ccdk_efs_file_system *fs = file_system(g, (ccdk_efs_file_system_props){0});
        ccdk_cfn_output_new(g.stack, "Path", &(ccdk_cfn_output_props){.value = ccdk_node_path(fs)});
    }
    {
        ccdk_stack *custom_stack = ccdk_stack_new(app, "EncryptionDefault", NULL);
        ccdk_ec2_vpc *custom_vpc = ccdk_ec2_vpc_new(custom_stack, "VPC", NULL);
        ccdk_efs_file_system_new(CCDK_CONSTRUCT(custom_vpc), "EfsFileSystem", &(ccdk_efs_file_system_props){.vpc = custom_vpc});
    }
    file_system(given(app, "DefaultFileSystem"), (ccdk_efs_file_system_props){0});
    file_system(given(app, "Unencrypted"), (ccdk_efs_file_system_props){.encrypted = CCDK_FALSE});
    file_system(given(app, "Encrypted"), (ccdk_efs_file_system_props){.encrypted = CCDK_TRUE});
    {
        given_t g = given(app, "CustomKms");
        ccdk_kms_key *key = ccdk_kms_key_new(g.stack, "customKeyFS", NULL);
        file_system(g, (ccdk_efs_file_system_props){.encrypted = CCDK_TRUE, .kms_key = key});
    }
    file_system(given(app, "LifeCycle"), (ccdk_efs_file_system_props){.lifecycle_policy = CCDK_EFS_LIFECYCLE_AFTER_7_DAYS});
    file_system(given(app, "LifecyclePolicies"), (ccdk_efs_file_system_props){
        .lifecycle_policy = CCDK_EFS_LIFECYCLE_AFTER_7_DAYS,
        .out_of_infrequent_access_policy = CCDK_EFS_OUT_OF_IA_AFTER_1_ACCESS,
        .transition_to_archive_policy = CCDK_EFS_LIFECYCLE_AFTER_14_DAYS,
    });
    file_system(given(app, "TransitionToArchive"),
                (ccdk_efs_file_system_props){.transition_to_archive_policy = CCDK_EFS_LIFECYCLE_AFTER_1_DAY});
    file_system(given(app, "PerformanceMode"), (ccdk_efs_file_system_props){.performance_mode = CCDK_EFS_PERFORMANCE_MODE_MAX_IO});
    file_system(given(app, "Bursting"), (ccdk_efs_file_system_props){.throughput_mode = CCDK_EFS_THROUGHPUT_MODE_BURSTING});
    file_system(given(app, "Elastic"), (ccdk_efs_file_system_props){
        .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_ELASTIC,
        .performance_mode = CCDK_EFS_PERFORMANCE_MODE_GENERAL_PURPOSE,
    });
    file_system(given(app, "Provisioned"), (ccdk_efs_file_system_props){
        .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_PROVISIONED,
        .provisioned_throughput_per_second = ccdk_size_mebibytes(5),
    });
    {
        ccdk_stack *stack = given(app, "ImportById").stack;
        ccdk_efs_file_system *fs = ccdk_efs_file_system_from_file_system_attributes(stack, "existingFS",
            &(ccdk_efs_file_system_attributes){.file_system_id = "fs123", .security_group = imported_sg(stack)});
        ccdk_ec2_connections_allow_to_any_ipv4(ccdk_efs_file_system_connections(fs), ccdk_ec2_port_tcp(443), NULL);
    }
    {
        ccdk_stack *stack = given(app, "ImportByArn").stack;
        const char *arn = ccdk_stack_format_arn(stack, "elasticfilesystem", "file-system", NULL, "fs-12912923");
        ccdk_efs_file_system *fs = ccdk_efs_file_system_from_file_system_attributes(stack, "existingFS",
            &(ccdk_efs_file_system_attributes){.file_system_arn = arn, .security_group = imported_sg(stack)});
        ccdk_ec2_connections_allow_to_any_ipv4(ccdk_efs_file_system_connections(fs), ccdk_ec2_port_tcp(443), NULL);
        ccdk_cfn_output_new(stack, "FileSystemArn", &(ccdk_cfn_output_props){.value = ccdk_efs_file_system_arn(fs)});
        ccdk_cfn_output_new(stack, "FileSystemId", &(ccdk_cfn_output_props){.value = ccdk_efs_file_system_id(fs)});
    }
    {
        given_t g = given(app, "Grant");
        ccdk_efs_file_system *fs = file_system(g, (ccdk_efs_file_system_props){0});
        ccdk_iam_role *role = ccdk_iam_role_new(g.stack, "Role", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_any_principal(g.stack)});
        ccdk_efs_file_system_grant(fs, role, CCDK_STRS("elasticfilesystem:ClientWrite"));
    }
    {
        ccdk_efs_file_system *fs = file_system(given(app, "Tags"), (ccdk_efs_file_system_props){0});
        ccdk_tags_add(fs, "Name", "LookAtMeAndMyFancyTags");
    }
    file_system(given(app, "Named"), (ccdk_efs_file_system_props){.file_system_name = "MyNameableFileSystem"});
    file_system(given(app, "Destroy"), (ccdk_efs_file_system_props){.removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    file_system(given(app, "Backup"), (ccdk_efs_file_system_props){.enable_automatic_backups = CCDK_TRUE});
    {
        ccdk_stack *stack = given(app, "MultipleSubnetsPerAz").stack;
        ccdk_ec2_vpc *one_az_vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
            .max_azs = CCDK_NUM(1),
            .subnet_configuration = CCDK_EC2_SUBNETS({.name = "One", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED},
                                                     {.name = "Two", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED}),
            .nat_gateways = CCDK_NUM(0),
        });
        ccdk_efs_file_system_new(stack, "EfsFileSystem", &(ccdk_efs_file_system_props){.vpc = one_az_vpc});
    }
    {
        ccdk_stack *custom_stack = ccdk_stack_new(app, "OrderInsensitive", NULL);
        ccdk_node_set_context(custom_stack, "@aws-cdk/aws-efs:mountTargetOrderInsensitiveLogicalId", "true");
        ccdk_ec2_vpc *custom_vpc = ccdk_ec2_vpc_new(custom_stack, "VPC", NULL);
        ccdk_efs_file_system_new(CCDK_CONSTRUCT(custom_vpc), "EfsFileSystem", &(ccdk_efs_file_system_props){.vpc = custom_vpc});
    }
    {
        ccdk_stack *custom_stack = ccdk_stack_new(app, "OrderSensitive", NULL);
        ccdk_ec2_vpc *custom_vpc = ccdk_ec2_vpc_new(custom_stack, "VPC", NULL);
        ccdk_efs_file_system_new(CCDK_CONSTRUCT(custom_vpc), "EfsFileSystem", &(ccdk_efs_file_system_props){.vpc = custom_vpc});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
