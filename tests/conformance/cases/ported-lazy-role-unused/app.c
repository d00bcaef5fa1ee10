/* aws-iam lazy-role.test.ts 'creates no resource when unused', ported literally (the stack
 * `new cdk.Stack()` makes: 'Default'). */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_iam_lazy_role_new(stack, "Lazy", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "test.service"),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
