/* Conformance case 'unit-function-b-efs': function.test.ts's filesystem tests (see app.js). */
#include <ccdk/efs.h>
#include <ccdk/lambda.h>

typedef struct {
    ccdk_ec2_vpc *vpc;
    ccdk_ec2_security_group *security_group;
    ccdk_efs_access_point *access_point;
} base_t;

static base_t base(ccdk_stack *stack, int with_sg)
{
    base_t b = {0};
    b.vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(3), .nat_gateways = CCDK_NUM(1)});
    if (with_sg)
        b.security_group = ccdk_ec2_security_group_new(stack, "LambdaSG",
            &(ccdk_ec2_security_group_props){.vpc = b.vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(stack, "Efs", &(ccdk_efs_file_system_props){.vpc = b.vpc});
    b.access_point = ccdk_efs_file_system_add_access_point(fs, "AccessPoint", NULL);
    return b;
}

static const char *produce_path(void *ctx)
{
    return ctx;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "MountEfs", NULL);
    base_t b = base(stack, 0);
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .vpc = b.vpc,
        .handler = "foo",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .code = ccdk_lambda_code_from_asset(stack, "handler.zip", NULL),
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(b.access_point, "/mnt/msg"),
    });

    stack = ccdk_stack_new(app, "VerifyDeps", NULL);
    b = base(stack, 1);
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .vpc = b.vpc,
        .handler = "foo",
        .security_groups = CCDK_LIST(b.security_group),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .code = ccdk_lambda_code_from_asset(stack, "handler.zip", NULL),
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(b.access_point, "/mnt/msg"),
    });

    stack = ccdk_stack_new(app, "TokenizedMountPath", NULL);
    /* cdk.Token.asString(new cdk.Intrinsic(path)): a token that resolves to the path */
    const char *tokenized_local_mount_path = ccdk_lazy_string(app, produce_path, "/not-mnt/foo-bar");
    b = base(stack, 1);
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .vpc = b.vpc,
        .handler = "foo",
        .security_groups = CCDK_LIST(b.security_group),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .code = ccdk_lambda_code_from_asset(stack, "handler.zip", NULL),
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(b.access_point, tokenized_local_mount_path),
    });

    ccdk_stack *efs_stack = ccdk_stack_new(app, "EfsStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(efs_stack, "Vpc", NULL);
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(efs_stack, "Efs", &(ccdk_efs_file_system_props){.vpc = vpc});
    ccdk_efs_access_point *access_point = ccdk_efs_file_system_add_access_point(fs, "AccessPoint", NULL);
    ccdk_stack *lambda_stack = ccdk_stack_new(app, "LambdaStack", NULL);
    ccdk_lambda_function_new(lambda_stack, "MyFunction", &(ccdk_lambda_function_props){
        .vpc = vpc,
        .handler = "foo",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .code = ccdk_lambda_code_from_asset(lambda_stack, "handler.zip", NULL),
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(access_point, "/mnt/msg"),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
