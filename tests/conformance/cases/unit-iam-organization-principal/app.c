/* aws-iam organization-principal.test.ts, as role trust policies (a stack per test): a valid id, a
 * token id (Token.asString({Ref: 'OrgId'}): not validated) and the policy fragment ({AWS: '*'} with
 * aws:PrincipalOrgID) of a 32-character id. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Valid", NULL);
    ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_organization_principal(stack, "o-1234567890")});
    stack = ccdk_stack_new(app, "Token", NULL);
    ccdk_cfn_parameter_new(stack, "OrgId", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_organization_principal(stack, ccdk_token_as_string(ccdk_v_json(stack, "{\"Ref\": \"OrgId\"}")))});
    stack = ccdk_stack_new(app, "Long", NULL);
    ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_organization_principal(stack, "o-a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
