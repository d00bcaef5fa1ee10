/* core: the "@aws-cdk/core:permissionsBoundary" context as {name} with ${Qualifier}: every stack's
 * roles and users get it, a stack's own permissions_boundary wins. */
#include <ccdk/iam.h>

static void role(ccdk_stack *scope)
{
    ccdk_iam_role_new(scope, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(scope, "ec2.amazonaws.com"),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:permissionsBoundary", "{\"name\": \"cdk-${Qualifier}-permissions-boundary\"}"}),
    });
    ccdk_stack *a = ccdk_stack_new(app, "A", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
    role(a);
    ccdk_iam_user_new(a, "User", NULL);
    role(ccdk_stack_new(app, "B", &(ccdk_stack_props){
        .permissions_boundary = {.arn = "arn:aws:iam::222222222222:policy/b"},
    }));
    role(ccdk_stack_new(app, "C", NULL));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
