/* aws-iam lazy-role.test.ts 'creates the resource when a property is read', ported literally (the
 * stack `new cdk.Stack()` makes: 'Default'). */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    const char *role_arn = ccdk_iam_lazy_role_arn(ccdk_iam_lazy_role_new(stack, "Lazy", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "test.service"),
    }));
    (void)role_arn;
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
