/* code_signing.c - lambda.CodeSigningConfig, and the Function hook for props added by the
 * code signing step of the Function constructor (ccdk__fn_step_code_signing). */
#include <string.h>

#include "ccdk/lambda_code_signing.h"
#include "lambda_internal.h"

struct ccdk_lambda_code_signing_config {
    ccdk__node node;
    ccdk_cfn_resource *resource; /* NULL when imported */
    const char *arn, *id;
};

static const ccdk__kind kind_csc = {.fqn = "aws-cdk-lib.aws_lambda.CodeSigningConfig", .class_name = "CodeSigningConfig2"};
static const ccdk__kind kind_import = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

ccdk_lambda_code_signing_config *ccdk_lambda_code_signing_config_new(void *scope, const char *id,
                                                                     const ccdk_lambda_code_signing_config_props *props)
{
    ccdk_lambda_code_signing_config *c = ccdk__construct(ccdk_lambda_code_signing_config, &kind_csc, scope, id);
    ccdk_app *app = c->node.app;
    ccdk_signer_signing_profile *const *profiles = props ? CCDK__NT(app, props->signing_profiles, "signingProfiles") : NULL;
    if (!profiles)
        ccdk__error(c, "signingProfiles is required");
    if (props)
        CCDK__ENUM_OK(c, props->untrusted_artifact_on_deployment, ccdk_lambda_untrusted_artifact_on_deployment,
                      CCDK_LAMBDA_UNTRUSTED_ARTIFACT_UNSET, CCDK_LAMBDA_UNTRUSTED_ARTIFACT_ENFORCE,
                      "untrustedArtifactOnDeployment");
    ccdk_value *arns = ccdk__v_list(app);
    for (ccdk_signer_signing_profile *const *p = profiles; p && *p; p++)
        ccdk__v_push(arns, ccdk__v_from_string(app, ccdk_signer_signing_profile_version_arn(*p)));
    ccdk_cfn_resource *r = ccdk__l1(c, "Resource", "AWS::Lambda::CodeSigningConfig",
                                           "aws-cdk-lib.aws_lambda.CfnCodeSigningConfig");
    r->tag_kind = 1;
    c->resource = r;
    ccdk_value *ap = ccdk__v_obj(app);
    ccdk__v_set(ap, "SigningProfileVersionArns", arns);
    ccdk__res_set(r, "AllowedPublishers", ap);
    ccdk_value *pol = ccdk__v_obj(app);
    ccdk__v_set(pol, "UntrustedArtifactOnDeployment",
                ccdk__v_str(app, props && props->untrusted_artifact_on_deployment == CCDK_LAMBDA_UNTRUSTED_ARTIFACT_ENFORCE
                                     ? "Enforce"
                                     : "Warn"));
    ccdk__res_set(r, "CodeSigningPolicies", pol);
    if (props && props->description)
        ccdk__res_set(r, "Description", ccdk__v_from_string(app, props->description));
    c->arn = ccdk_cfn_resource_get_att(r, "CodeSigningConfigArn");
    c->id = ccdk_cfn_resource_get_att(r, "CodeSigningConfigId");
    return c;
}

/* Stack.splitArn(arn, SLASH_RESOURCE_NAME).resourceName; NULL when there is none (or an error). */
static const char *arn_resource_name(ccdk__node *scope, const char *arn)
{
    ccdk_app *app = scope->app;
    if (strncmp(arn, "arn:", 4)) {
        if (ccdk__is_unresolved(arn)) {
            const char *res = ccdk_fn_select(scope, 5, ccdk_fn_split(scope, ":", arn));
            return ccdk_fn_select(scope, 1, ccdk_fn_split(scope, "/", res));
        }
        ccdk__arn_check(scope, arn);
        return NULL;
    }
    if (!ccdk__arn_check(scope, arn))
        return NULL;
    /* components */
    const char *comp[6] = {0};
    int n = 0;
    const char *p = arn;
    while (n < 6) {
        comp[n++] = p;
        const char *c = strchr(p, ':');
        if (!c) {
            p = NULL;
            break;
        }
        p = c + 1;
    }
    const char *rest = n == 6 ? p : NULL; /* after the 6th component's ':' (NULL: no more components) */
    const char *c5 = comp[5];
    size_t len5 = rest ? (size_t)(rest - 1 - c5) : strlen(c5);
    const char *r5 = ccdk__strndup(app, c5, len5);
    const char *slash = strchr(r5, '/');
    if (slash == r5)
        slash = strchr(r5 + 1, '/');
    const char *name = slash ? slash + 1 : NULL;
    if (rest)
        name = name && *name ? ccdk__sprintf(app, "%s:%s", name, rest) : rest;
    return name && *name ? name : NULL;
}

ccdk_lambda_code_signing_config *ccdk_lambda_code_signing_config_from_arn(void *scope, const char *id, const char *arn)
{
    ccdk__node *s = ccdk__scope(scope);
    ccdk_app *app = s->app;
    if (!arn)
        arn = "";
    size_t before = ccdk_app_error_count(app);
    const char *rid = arn_resource_name(s, arn);
    if (!rid && ccdk_app_error_count(app) == before)
        ccdk__error(s, "Code signing config ARN must be in the format "
                       "'arn:<partition>:lambda:<region>:<account>:code-signing-config:<codeSigningConfigArn>', got: '%s'",
                    arn);
    ccdk_lambda_code_signing_config *c = ccdk__alloc(app, sizeof *c);
    ccdk__node_init(&c->node, &kind_import, scope, id);
    c->arn = ccdk__strdup(app, arn);
    c->id = rid ? rid : "";
    return c;
}

const char *ccdk_lambda_code_signing_config_arn(ccdk_lambda_code_signing_config *c) { return ccdk__handle_ok(c, __func__) ? c->arn : NULL; }
const char *ccdk_lambda_code_signing_config_id(ccdk_lambda_code_signing_config *c) { return ccdk__handle_ok(c, __func__) ? c->id : NULL; }

/* ------------------------------------------------------------------ the Function constructor's step */

void ccdk__fn_step_code_signing(ccdk__fn_ctor *c)
{
    if (c->props->code_signing_config && c->fn->resource)
        ccdk__res_set(c->fn->resource, "CodeSigningConfigArn", ccdk__v_from_string(c->app, c->props->code_signing_config->arn));
}
