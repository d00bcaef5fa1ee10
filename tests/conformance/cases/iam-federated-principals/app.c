/* aws-iam principals.test.ts: FederatedPrincipal, WebIdentityPrincipal with session tags,
 * withSessionTags before and after withConditions, OpenIdConnectPrincipal and SamlPrincipal of
 * imported providers, SamlConsolePrincipal in each partition's region (its SAML:aud),
 * statement.addFederatedPrincipal, a composite with session tags. */
#include <stdio.h>

#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role_new(stack, "Federated", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_federated_principal(stack, "federated", NULL, NULL)});
    ccdk_iam_role_new(stack, "FederatedAction", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_federated_principal(stack, "graph.facebook.com",
            ccdk_v_json(stack, "{\"StringEquals\": {\"graph.facebook.com:app_id\": \"42\"}}"),
            "sts:AssumeRoleWithWebIdentity"),
        .external_ids = CCDK_STRS("ext")});
    ccdk_iam_role_new(stack, "WebIdentity", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_principal_with_session_tags(ccdk_iam_web_identity_principal(stack,
            "cognito-identity.amazonaws.com",
            ccdk_v_json(stack, "{\"StringEquals\": {\"cognito-identity.amazonaws.com:aud\": \"asdf\"},"
                               " \"ForAnyValue:StringLike\": {\"cognito-identity.amazonaws.com:amr\": \"authenticated\"}}")))});
    ccdk_value *blond = ccdk_v_json(stack, "{\"StringEquals\": {\"hairColor\": \"blond\"}}");
    ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_principal_with_session_tags(
            ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "s3.amazonaws.com"), blond))});
    ccdk_iam_role_new(stack, "Role2", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_principal_with_conditions(
            ccdk_iam_principal_with_session_tags(ccdk_iam_service_principal(stack, "s3.amazonaws.com")), blond)});
    ccdk_iam_role_new(stack, "Composite", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_principal_with_session_tags(ccdk_iam_composite_principal(stack,
            (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
                                               ccdk_iam_account_principal(stack, "123456789012"))))});
    ccdk_iam_open_id_connect_provider *oidc = ccdk_iam_open_id_connect_provider_from_open_id_connect_provider_arn(
        stack, "Oidc", "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com");
    ccdk_iam_role_new(stack, "GitHub", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_open_id_connect_principal(oidc,
            ccdk_v_json(stack, "{\"StringLike\": {\"token.actions.githubusercontent.com:sub\": \"repo:me/*\"}}"))});
    ccdk_iam_saml_provider *saml =
        ccdk_iam_saml_provider_from_saml_provider_arn(stack, "Corp", "arn:aws:iam::123456789012:saml-provider/Corp");
    ccdk_iam_role_new(stack, "Saml", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_saml_principal(saml, NULL)});
    ccdk_iam_role_new(stack, "SamlConsole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_saml_console_principal(saml,
            ccdk_v_json(stack, "{\"StringEquals\": {\"SAML:sub\": \"dropped\"}, \"StringLike\": {\"SAML:iss\": \"corp*\"}}"))});
    ccdk_iam_policy_statement *statement = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("sts:AssumeRoleWithWebIdentity"), .resources = CCDK_STRS("*")});
    ccdk_iam_policy_statement_add_federated_principal(statement, "cognito-identity.amazonaws.com",
        ccdk_v_json(stack, "{\"StringEquals\": {\"cognito-identity.amazonaws.com:aud\": \"pool\"}}"));
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "Document", ccdk_iam_policy_document_value(
        ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(statement))));
    ccdk_cfn_resource_new(stack, "Doc", "Custom::Doc", props);

    static const char *const regions[] = {"us-east-1", "cn-northwest-1", "us-gov-east-1", "us-iso-east-1",
                                          "us-isob-east-1", "us-isof-east-1"};
    for (size_t i = 0; i < sizeof regions / sizeof *regions; i++) {
        char id[64];
        snprintf(id, sizeof id, "Saml-%s", regions[i]);
        ccdk_stack *s = ccdk_stack_new(app, id, &(ccdk_stack_props){.region = regions[i]});
        ccdk_iam_saml_provider *provider =
            ccdk_iam_saml_provider_from_saml_provider_arn(s, "MyProvider", "arn:aws:iam::123456789012:saml-provider/P");
        ccdk_iam_role_new(s, "Role", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_saml_console_principal(provider, NULL)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
