/* bench workload (d): N functions in one VPC, all mounting one EFS file system through one access
 * point, in one stack (each function with its own security group, as a Function with `vpc` gets by
 * default: function k depends on the k ingress rules made so far, as in aws-cdk-lib).
 * Usage: vpc_efs N     (output directory: $CDK_OUTDIR, else cdk.out) */
#include <stdio.h>
#include <stdlib.h>
#include <ccdk/efs.h>
#include <ccdk/lambda.h>

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 1;
    if (n < 1) {
        fprintf(stderr, "usage: vpc_efs N (N >= 1)\n");
        return 2;
    }
    /* one stack above CloudFormation's 500 resources (the bench is not deployed): as the JS twin,
     * which turns aws-cdk-lib's limit off */
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:stackResourceLimit", "0"})});
    ccdk_stack *stack = ccdk_stack_new(app, "VpcEfsStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", NULL);
    ccdk_efs_file_system *fs = ccdk_efs_file_system_new(stack, "Files", &(ccdk_efs_file_system_props){
        .vpc = vpc, .removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    ccdk_efs_access_point *ap = ccdk_efs_file_system_add_access_point(fs, "AccessPoint", &(ccdk_efs_access_point_options){
        .path = "/lambda",
        .create_acl = &(ccdk_efs_acl){.owner_uid = "1001", .owner_gid = "1001", .permissions = "750"},
        .posix_user = &(ccdk_efs_posix_user){.uid = "1001", .gid = "1001"},
    });
    const ccdk_lambda_file_system *mount = ccdk_lambda_file_system_from_efs_access_point(ap, "/mnt/files");
    char id[32], val[32];
    for (long i = 0; i < n; i++) {
        snprintf(id, sizeof id, "Fn%ld", i);
        snprintf(val, sizeof val, "value-%ld", i);
        ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 'ok';"),
            .timeout = ccdk_duration_seconds(30),
            .environment = CCDK_KVS({"BENCH_VALUE", val}),
            .vpc = vpc,
            .filesystem = mount,
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
