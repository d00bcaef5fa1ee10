/* private/physical-name-generator.test.ts's 'fails when the region is ...' by the public API: a Role
 * named PhysicalName.GENERATE_IF_NEEDED in a stack with no region, its ARN used in a stack of
 * another account. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "012345678912"});
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "A",
                                            &(ccdk_iam_role_props){.assumed_by = ccdk_iam_account_root_principal(stack),
                                                                   .role_name = CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED});
    ccdk_stack *other = ccdk_stack_new(app, "Other", &(ccdk_stack_props){.account = "234567890123", .region = "us-east-1"});
    ccdk_cfn_output_new(other, "Arn", &(ccdk_cfn_output_props){.value = ccdk_iam_role_arn(role)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
