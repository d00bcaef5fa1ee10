/* efs-grants-cross-account: efs grants to roles and accounts of other accounts (see app.js). */
#include <ccdk/efs.h>

static ccdk_efs_file_system *given(ccdk_stack *stack)
{
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(0), .max_azs = CCDK_NUM(1)});
    return ccdk_efs_file_system_new(stack, "EfsFileSystem", &(ccdk_efs_file_system_props){.vpc = vpc});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Agnostic", NULL);
        ccdk_efs_file_system *fs = given(stack);
        ccdk_efs_file_system_grant_read(fs, ccdk_iam_role_from_role_arn(stack, "Other", "arn:aws:iam::111111111111:role/other"));
        ccdk_efs_file_system_grant(fs, ccdk_iam_role_from_role_arn_with_options(stack, "OtherImmutable",
            "arn:aws:iam::111111111111:role/other2", &(ccdk_iam_from_role_arn_options){.mutable_ = CCDK_FALSE}),
            CCDK_STRS("elasticfilesystem:DescribeMountTargets"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "WithEnv", &(ccdk_stack_props){.account = "222222222222", .region = "us-east-1"});
        ccdk_efs_file_system *fs = given(stack);
        ccdk_efs_file_system_grant_read_write(fs, ccdk_iam_role_from_role_arn(stack, "Same", "arn:aws:iam::222222222222:role/same"));
        ccdk_efs_file_system_grant_root_access(fs, ccdk_iam_role_from_role_arn(stack, "Other", "arn:aws:iam::111111111111:role/other"));
        ccdk_efs_file_system_grant(fs, ccdk_iam_account_principal(stack, "222222222222"), CCDK_STRS("elasticfilesystem:ClientMount"));
        ccdk_efs_file_system_grant(fs, ccdk_iam_account_principal(stack, "111111111111"), CCDK_STRS("elasticfilesystem:ClientWrite"));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
