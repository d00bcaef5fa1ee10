/* Conformance case 'error-iam-role-from-arn-add-grants-mutable': see app.js. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role_from_role_arn_with_options(stack, "Imported", "arn:aws:iam::123456789012:role/MyRole",
                                             &(ccdk_iam_from_role_arn_options){.add_grants_to_resources = CCDK_FALSE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
