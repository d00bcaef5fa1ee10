/* Conformance case 'error-iam-user-from-user-arn-no-name': see app.js. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_user_from_user_arn(stack, "Imported", "arn:aws:iam::123456789012:user");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
