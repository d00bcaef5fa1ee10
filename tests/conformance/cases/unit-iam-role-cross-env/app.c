/* aws-iam role.test.ts 'cross-env role ARNs include path': a role with a path and a name
 * referenced from a stack of another region. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *role_stack = ccdk_stack_new(app, "role-stack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_stack *referencer_stack = ccdk_stack_new(app, "referencer-stack", &(ccdk_stack_props){.region = "us-east-2"});
    ccdk_iam_role *role = ccdk_iam_role_new(role_stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(role_stack, "sns.amazonaws.com"),
        .path = "/sample/path/",
        .role_name = "sample-name",
    });
    ccdk_value *props = ccdk_v_object(referencer_stack);
    ccdk_v_set(props, "RoleArn", ccdk_v_string(referencer_stack, ccdk_iam_role_arn(role)));
    ccdk_cfn_resource_new(referencer_stack, "Referencer", "Custom::RoleReferencer", props);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
