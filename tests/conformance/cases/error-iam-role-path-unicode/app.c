/* error: aws-iam role.test.ts 'role path must contain unicode chars within [\u0021-\u007F]'. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(stack, "bla"), .path = "/ \xC2\x80/" /* U+0080 in UTF-8 */});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
