/* Conformance case 'unit-lambda-s3files-reflection': access-point-reflection.test.ts's resolving tests
 * through lambda.FileSystem.fromS3FilesAccessPoint (see app.js). */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/s3files.h>

static ccdk_s3files_cfn_file_system *file_system_new(ccdk_stack *stack)
{
    return ccdk_s3files_cfn_file_system_new(stack, "FileSystem", &(ccdk_s3files_cfn_file_system_props){
        .bucket = "my-bucket", .role_arn = "arn:aws:iam::123456789012:role/S3FilesRole"});
}

static ccdk_s3files_cfn_access_point *access_point_new(ccdk_stack *stack, const char *id, const char *file_system_id)
{
    return ccdk_s3files_cfn_access_point_new(stack, id, &(ccdk_s3files_cfn_access_point_props){
        .file_system_id = file_system_id});
}

static void mount_target_new(ccdk_stack *stack, const char *id, const char *file_system_id, const char *subnet_id,
                             const char *security_group)
{
    ccdk_s3files_cfn_mount_target_new(stack, id, &(ccdk_s3files_cfn_mount_target_props){
        .file_system_id = file_system_id,
        .subnet_id = subnet_id,
        .security_groups = security_group ? CCDK_STRS(security_group) : (ccdk_strs){0},
    });
}

static ccdk_ec2_vpc *vpc_new(ccdk_stack *stack, const char *id)
{
    return ccdk_ec2_vpc_new(stack, id, &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
}

static void mount(ccdk_stack *stack, ccdk_ec2_vpc *vpc, ccdk_s3files_cfn_access_point *access_point)
{
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .vpc = vpc,
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context): pass"),
        .filesystem = ccdk_lambda_file_system_from_s3_files_access_point(access_point, "/mnt/data", NULL),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "MountTargets", NULL);
    ccdk_s3files_cfn_file_system *fs = file_system_new(stack);
    ccdk_s3files_cfn_access_point *ap = access_point_new(stack, "AccessPoint", ccdk_s3files_cfn_file_system_attr_file_system_id(fs));
    mount_target_new(stack, "MT0", ccdk_s3files_cfn_file_system_attr_file_system_id(fs), "subnet-aaa", "sg-111");
    mount_target_new(stack, "MT1", ccdk_s3files_cfn_file_system_attr_file_system_id(fs), "subnet-bbb", "sg-111");
    /* unrelated mount target */
    mount_target_new(stack, "OtherMT", "fs-other", "subnet-ccc", NULL);
    mount(stack, vpc_new(stack, "Vpc"), ap);

    stack = ccdk_stack_new(app, "SecurityGroups", NULL);
    fs = file_system_new(stack);
    ap = access_point_new(stack, "AccessPoint", ccdk_s3files_cfn_file_system_attr_file_system_id(fs));
    ccdk_ec2_vpc *vpc = vpc_new(stack, "VPC");
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "SG", &(ccdk_ec2_security_group_props){.vpc = vpc});
    mount_target_new(stack, "MT0", ccdk_s3files_cfn_file_system_attr_file_system_id(fs), "subnet-aaa",
                     ccdk_ec2_security_group_id(sg));
    mount(stack, vpc, ap);

    stack = ccdk_stack_new(app, "Deduplicated", NULL);
    fs = file_system_new(stack);
    ap = access_point_new(stack, "AccessPoint", ccdk_s3files_cfn_file_system_attr_file_system_id(fs));
    vpc = vpc_new(stack, "VPC");
    sg = ccdk_ec2_security_group_new(stack, "SG", &(ccdk_ec2_security_group_props){.vpc = vpc});
    mount_target_new(stack, "MT0", ccdk_s3files_cfn_file_system_attr_file_system_id(fs), "subnet-aaa",
                     ccdk_ec2_security_group_id(sg));
    mount_target_new(stack, "MT1", ccdk_s3files_cfn_file_system_attr_file_system_id(fs), "subnet-bbb",
                     ccdk_ec2_security_group_id(sg));
    mount(stack, vpc, ap);

    stack = ccdk_stack_new(app, "RefAndAttr", NULL);
    fs = file_system_new(stack);
    access_point_new(stack, "AccessPoint", ccdk_s3files_cfn_file_system_attr_file_system_id(fs));
    ccdk_s3files_cfn_access_point *ap_with_ref = access_point_new(stack, "APRef", ccdk_s3files_cfn_file_system_ref(fs));
    mount_target_new(stack, "MTAttr", ccdk_s3files_cfn_file_system_attr_file_system_id(fs), "subnet-aaa", "sg-111");
    mount(stack, vpc_new(stack, "Vpc"), ap_with_ref);

    ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", NULL);
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", NULL);
    fs = file_system_new(stack1);
    mount_target_new(stack1, "MT0", ccdk_s3files_cfn_file_system_attr_file_system_id(fs), "subnet-aaa", "sg-111");
    ap = access_point_new(stack2, "AccessPoint", ccdk_s3files_cfn_file_system_attr_file_system_id(fs));
    mount(stack2, vpc_new(stack2, "Vpc"), ap);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
