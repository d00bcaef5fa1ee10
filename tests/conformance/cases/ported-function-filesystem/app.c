/* ported-function-filesystem: function.test.ts describe('filesystem') ported literally (see app.js):
 * 'mount efs filesystem' in the Default stack (a NULL id), the others a stack each; the tokenized
 * mount path a token of a string value (cdk.Intrinsic). */
#include <ccdk/efs.h>
#include <ccdk/lambda.h>

typedef struct {
    ccdk_ec2_vpc *vpc;
    ccdk_ec2_security_group *security_group;
    ccdk_efs_access_point *access_point;
} given_t;

static given_t given(ccdk_stack *stack, int with_sg)
{
    given_t g = {0};
    g.vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(3), .nat_gateways = CCDK_NUM(1)});
    if (with_sg)
        g.security_group = ccdk_ec2_security_group_new(stack, "LambdaSG", &(ccdk_ec2_security_group_props){
            .vpc = g.vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(stack, "Efs", &(ccdk_efs_file_system_props){.vpc = g.vpc});
    g.access_point = ccdk_efs_file_system_add_access_point(fs, "AccessPoint", NULL);
    return g;
}

static void my_function(ccdk_stack *stack, given_t g, const char *mount_path)
{
    ccdk_lambda_function_props props = {
        .vpc = g.vpc,
        .handler = "foo",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .code = ccdk_lambda_code_from_asset(stack, "handler.zip", NULL),
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(g.access_point, mount_path),
    };
    /* (the list's array lives as long as this block: a compound literal inside the if would not) */
    ccdk_ec2_security_group_list sgs = (ccdk_ec2_security_group_list)CCDK_LIST(g.security_group);
    if (g.security_group)
        props.security_groups = sgs;
    ccdk_lambda_function_new(stack, "MyFunction", &props);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
        my_function(stack, given(stack, 0), "/mnt/msg");
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "VerifyDeps", NULL);
        my_function(stack, given(stack, 1), "/mnt/msg");
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TokenizedMountPath", NULL);
        const char *tokenized_local_mount_path = ccdk_token_as_string(ccdk_v_string(stack, "/not-mnt/foo-bar"));
        my_function(stack, given(stack, 1), tokenized_local_mount_path);
    }
    {
        ccdk_stack *efs_stack = ccdk_stack_new(app, "EfsStack", NULL);
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(efs_stack, "Vpc", NULL);
        ccdk_efs_file_system *fs = ccdk_efs_file_system_new(efs_stack, "Efs", &(ccdk_efs_file_system_props){.vpc = vpc});
        ccdk_efs_access_point *access_point = ccdk_efs_file_system_add_access_point(fs, "AccessPoint", NULL);
        ccdk_stack *lambda_stack = ccdk_stack_new(app, "LambdaStack", NULL);
        my_function(lambda_stack, (given_t){.vpc = vpc, .access_point = access_point}, "/mnt/msg");
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
