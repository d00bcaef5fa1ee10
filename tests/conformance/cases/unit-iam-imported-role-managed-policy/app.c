/* aws-iam imported-role.test.ts, a stack per test: addManagedPolicy of a new ManagedPolicy on an
 * immutable import (the policy names no role) and on a mutable one (Roles: the imported role's
 * name); addManagedPolicy of an imported ManagedPolicy on a mutable import, which 2.276 does not
 * throw for (the test's "Can't Combine" error is newer): it warns
 * (@aws-cdk/aws-iam:IRoleCantBeUsedWithIManagedPolicy) and attaches nothing. */
#include <ccdk/iam.h>

#define ROLE_ARN "arn:aws:iam::123456789012:role/ExistingRoleName"

static ccdk_iam_managed_policy *managed(ccdk_stack *stack)
{
    return ccdk_iam_managed_policy_new(stack, "MyPolicy", &(ccdk_iam_managed_policy_props){
        .managed_policy_name = "MyCustomManagedPolicy",
        .statements = CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:ListBucket"), .resources = CCDK_STRS("arn:aws:s3:::my-bucket")})),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Immutable", &(ccdk_stack_props){.account = "123456789012"});
        ccdk_iam_role *role = ccdk_iam_role_from_role_arn_with_options(stack, "ImportedRole", ROLE_ARN,
            &(ccdk_iam_from_role_arn_options){.mutable_ = CCDK_FALSE});
        ccdk_iam_role_add_managed_policy(role, managed(stack));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Mutable", &(ccdk_stack_props){.account = "123456789012"});
        ccdk_iam_role *role = ccdk_iam_role_from_role_arn_with_options(stack, "ImportedRole", ROLE_ARN,
            &(ccdk_iam_from_role_arn_options){.mutable_ = CCDK_TRUE});
        ccdk_iam_role_add_managed_policy(role, managed(stack));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedPolicy", &(ccdk_stack_props){.account = "123456789012"});
        ccdk_iam_managed_policy *imported = ccdk_iam_managed_policy_from_managed_policy_arn(stack, "PolicyAttachmentSample",
            "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
        ccdk_iam_role *role = ccdk_iam_role_from_role_arn_with_options(stack, "ImportedRole", ROLE_ARN,
            &(ccdk_iam_from_role_arn_options){.mutable_ = CCDK_TRUE});
        ccdk_iam_role_add_managed_policy(role, imported);
        ccdk_cfn_output_new(stack, "RoleName", &(ccdk_cfn_output_props){.value = ccdk_iam_role_name(role)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
