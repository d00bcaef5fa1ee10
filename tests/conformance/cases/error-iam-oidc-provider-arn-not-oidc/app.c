/* Conformance case 'error-iam-oidc-provider-arn-not-oidc': see app.js. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_open_id_connect_provider *provider =
        ccdk_iam_open_id_connect_provider_from_open_id_connect_provider_arn(stack, "Provider", "arn:aws:iam::123456789012:role/x");
    ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_open_id_connect_principal(provider, NULL)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
