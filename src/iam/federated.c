/* federated.c - FederatedPrincipal and its subclasses, and the identity providers they name. */
#include <string.h>

#include "iam_internal.h"

struct ccdk_iam_saml_provider {
    ccdk__node node;
    const char *arn;
};

struct ccdk_iam_open_id_connect_provider {
    ccdk__node node;
    const char *arn;
};

/* fromSamlProviderArn's and fromOpenIdConnectProviderArn's `class Import extends Resource` */
static const ccdk__kind kind_imported_provider = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

/* the construct of an import, and its ARN as given (a NULL one is an error on the process-wide list) */
static const char *import_provider(ccdk__node *n, void *scope, const char *id, const char *arn, const char *func)
{
    ccdk__node_init(n, &kind_imported_provider, scope, id);
    if (!arn)
        ccdk__process_error("%s: the provider ARN is NULL", func);
    return ccdk__strdup(n->app, arn ? arn : "");
}

ccdk_iam_saml_provider *ccdk_iam_saml_provider_from_saml_provider_arn(void *scope, const char *id, const char *saml_provider_arn)
{
    ccdk_iam_saml_provider *p = ccdk__alloc(ccdk__app_of(scope), sizeof *p);
    p->arn = import_provider(&p->node, scope, id, saml_provider_arn, __func__);
    return p;
}

/* Arn.extractResourceName(arn, 'oidc-provider'), which fromOpenIdConnectProviderArn reads the issuer
 * with: aws-cdk-lib's errors for an ARN that is malformed, of another resource type or without a
 * name. A token ARN (one not starting with a literal "arn:") is not checked. */
static void check_oidc_provider_arn(ccdk__node *n, const char *arn)
{
    if (ccdk__is_unresolved(arn) && strncmp(arn, "arn:", 4))
        return;
    if (!ccdk__arn_check(n, arn))
        return;
    const char *resource = ccdk__arn_component(n, arn, 5); /* "oidc-provider/<issuer>" */
    size_t tl = strcspn(resource, "/");
    const char *type = ccdk__strndup(n->app, resource, tl);
    if (!ccdk__is_unresolved(type) && strcmp(type, "oidc-provider"))
        ccdk__error(n, "Expected resource type 'oidc-provider' in ARN, got '%s' in '%s'", type, arn);
    else if (!resource[tl] || !resource[tl + 1])
        ccdk__error(n, "Expected resource name in ARN, didn't find one: '%s'", arn);
}

ccdk_iam_open_id_connect_provider *ccdk_iam_open_id_connect_provider_from_open_id_connect_provider_arn(
    void *scope, const char *id, const char *open_id_connect_provider_arn)
{
    ccdk_iam_open_id_connect_provider *p = ccdk__alloc(ccdk__app_of(scope), sizeof *p);
    p->arn = import_provider(&p->node, scope, id, open_id_connect_provider_arn, __func__);
    if (open_id_connect_provider_arn)
        check_oidc_provider_arn(&p->node, p->arn);
    return p;
}

const char *ccdk_iam_saml_provider_arn(const ccdk_iam_saml_provider *provider) { return provider ? provider->arn : NULL; }
const char *ccdk_iam_open_id_connect_provider_arn(const ccdk_iam_open_id_connect_provider *provider)
{
    return provider ? provider->arn : NULL;
}

/* new FederatedPrincipal(federated, conditions = {}, assumeRoleAction) and its subclasses: the class
 * name is what toString() says */
static ccdk_iam_principal *federated(ccdk_app *app, const char *class_name, const char *value, ccdk_value *conditions,
                                     const char *action)
{
    ccdk_iam_principal *p = ccdk__alloc(app, sizeof *p);
    p->app = app;
    p->kind = CCDK__P_FEDERATED;
    p->class_name = class_name;
    p->value = ccdk__strdup(app, value ? value : "");
    p->conditions = conditions && conditions->kind == CCDK__V_OBJ ? conditions : NULL;
    p->assume_action = action ? ccdk__strdup(app, action) : NULL;
    return p;
}

ccdk_iam_principal *ccdk_iam_federated_principal(void *owner, const char *federated_, ccdk_value *conditions,
                                                 const char *assume_role_action)
{
    ccdk_app *app = ccdk__app_of(owner);
    if (!federated_)
        ccdk__process_error("%s: federated is NULL", __func__);
    return federated(app, "FederatedPrincipal", federated_, conditions, assume_role_action);
}

ccdk_iam_principal *ccdk_iam_web_identity_principal(void *owner, const char *identity_provider, ccdk_value *conditions)
{
    ccdk_app *app = ccdk__app_of(owner);
    if (!identity_provider)
        ccdk__process_error("%s: identity_provider is NULL", __func__);
    return federated(app, "WebIdentityPrincipal", identity_provider, conditions, "sts:AssumeRoleWithWebIdentity");
}

ccdk_iam_principal *ccdk_iam_open_id_connect_principal(ccdk_iam_open_id_connect_provider *provider, ccdk_value *conditions)
{
    if (!ccdk__arg_ok(provider, __func__, "provider"))
        return NULL;
    return federated(provider->node.app, "OpenIdConnectPrincipal", provider->arn, conditions, "sts:AssumeRoleWithWebIdentity");
}

ccdk_iam_principal *ccdk_iam_saml_principal(ccdk_iam_saml_provider *provider, ccdk_value *conditions)
{
    if (!ccdk__arg_ok(provider, __func__, "provider"))
        return NULL;
    return federated(provider->node.app, "SamlPrincipal", provider->arn, conditions, "sts:AssumeRoleWithSAML");
}

/* RegionInfo.get(region).samlSignOnUrl (region-info's facts), or NULL when the fact is not known */
static const char *saml_sign_on_url(const char *region)
{
    static const struct {
        const char *region, *url;
    } facts[] = {
        {"cn-north-1", "https://signin.amazonaws.cn/saml"},
        {"cn-northwest-1", "https://signin.amazonaws.cn/saml"},
        {"us-gov-east-1", "https://signin.amazonaws-us-gov.com/saml"},
        {"us-gov-west-1", "https://signin.amazonaws-us-gov.com/saml"},
        {"us-iso-east-1", "https://signin.c2shome.ic.gov/saml"},
        {"us-iso-west-1", "https://signin.c2shome.ic.gov/saml"},
        {"us-isob-east-1", "https://signin.sc2shome.sgov.gov/saml"},
        {"us-isob-west-1", "https://signin.sc2shome.sgov.gov/saml"},
        /* regions whose fact is an empty string (kept: `?? default` only replaces undefined) */
        {"eu-isoe-west-1", ""},
        {"eusc-de-east-1", ""},
        {"us-isof-east-1", ""},
        {"us-isof-south-1", ""},
    };
    for (size_t i = 0; region && i < sizeof facts / sizeof *facts; i++)
        if (!strcmp(facts[i].region, region))
            return facts[i].url;
    return NULL; /* the commercial regions' fact is the default; an unknown region or a token has none */
}

/* SamlConsolePrincipal: {...conditions, StringEquals: {"SAML:aud": samlSignOnUrl ?? default}} */
ccdk_iam_principal *ccdk_iam_saml_console_principal(ccdk_iam_saml_provider *provider, ccdk_value *conditions)
{
    if (!ccdk__arg_ok(provider, __func__, "provider"))
        return NULL;
    ccdk_app *app = provider->node.app;
    ccdk_stack *stack = provider->node.stack;
    const char *url = saml_sign_on_url(stack ? ccdk_stack_region(stack) : NULL);
    ccdk_value *c = conditions && conditions->kind == CCDK__V_OBJ ? ccdk__v_copy(app, conditions) : ccdk__v_obj(app);
    ccdk_value *eq = ccdk__v_obj(app);
    ccdk__v_set(eq, "SAML:aud", ccdk__v_str(app, url ? url : "https://signin.aws.amazon.com/saml"));
    ccdk__v_set(c, "StringEquals", eq);
    return federated(app, "SamlConsolePrincipal", provider->arn, c, "sts:AssumeRoleWithSAML");
}
