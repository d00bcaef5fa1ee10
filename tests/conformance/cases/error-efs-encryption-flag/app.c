/* error: the expired flag @aws-cdk/aws-efs:defaultEncryptionAtRest set in context (to true: any
 * value), read by a FileSystem without `encrypted`. */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/aws-efs:defaultEncryptionAtRest", "true"})});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", NULL);
    ccdk_efs_file_system_new(stack, "Efs", &(ccdk_efs_file_system_props){.vpc = vpc});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
