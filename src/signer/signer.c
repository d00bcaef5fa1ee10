/* signer.c - signer.SigningProfile (aws-cdk-lib/aws-signer). */
#include <math.h>

#include "ccdk/signer.h"
#include "internal.h"

struct ccdk_signer_signing_profile {
    ccdk__node node;
    ccdk_cfn_resource *resource; /* NULL when imported */
    const char *arn, *name, *version, *version_arn;
};

const ccdk_signer_platform ccdk_signer_platform_aws_iot_device_management_sha256_ecdsa = {"AWSIoTDeviceManagement-SHA256-ECDSA"};
const ccdk_signer_platform ccdk_signer_platform_aws_lambda_sha384_ecdsa = {"AWSLambda-SHA384-ECDSA"};
const ccdk_signer_platform ccdk_signer_platform_amazon_free_rtos_ti_cc3220sf = {"AmazonFreeRTOS-TI-CC3220SF"};
const ccdk_signer_platform ccdk_signer_platform_amazon_free_rtos_default = {"AmazonFreeRTOS-Default"};
const ccdk_signer_platform ccdk_signer_platform_notation_oci_sha384_ecdsa = {"Notation-OCI-SHA384-ECDSA"};

static const ccdk__kind kind_profile = {.fqn = "aws-cdk-lib.aws_signer.SigningProfile", .class_name = "SigningProfile2"};
static const ccdk__kind kind_import = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

ccdk_signer_signing_profile *ccdk_signer_signing_profile_new(void *scope, const char *id,
                                                             const ccdk_signer_signing_profile_props *props)
{
    ccdk_signer_signing_profile *p = ccdk__construct(ccdk_signer_signing_profile, &kind_profile, scope, id);
    ccdk_app *app = p->node.app;
    ccdk_cfn_resource *r = ccdk__l1(p, "Resource", "AWS::Signer::SigningProfile", "aws-cdk-lib.aws_signer.CfnSigningProfile");
    r->tag_kind = 1;
    p->resource = r;
    if (!props || !props->platform || !props->platform->platform_id) {
        ccdk__error(p, "platform is required");
    } else {
        ccdk__res_set(r, "PlatformId", ccdk__v_from_string(app, props->platform->platform_id));
    }
    if (props && props->signing_profile_name &&
        ccdk__feature_flag(&p->node, "@aws-cdk/aws-signer:signingProfileNamePassedToCfn"))
        ccdk__res_set(r, "ProfileName", ccdk__v_from_string(app, props->signing_profile_name));
    ccdk_value *svp = ccdk__v_obj(app);
    if (props && ccdk_duration_is_set(props->signature_validity)) {
        ccdk__v_set(svp, "Type", ccdk__v_str(app, "DAYS"));
        ccdk__v_set(svp, "Value", ccdk__duration_value(app, props->signature_validity, CCDK_TIME_DAYS, 1));
    } else {
        ccdk__v_set(svp, "Type", ccdk__v_str(app, "MONTHS"));
        ccdk__v_set(svp, "Value", ccdk__v_num(app, 135));
    }
    ccdk__res_set(r, "SignatureValidityPeriod", svp);
    p->arn = ccdk_cfn_resource_get_att(r, "Arn");
    p->name = ccdk_cfn_resource_get_att(r, "ProfileName");
    p->version = ccdk_cfn_resource_get_att(r, "ProfileVersion");
    p->version_arn = ccdk_cfn_resource_get_att(r, "ProfileVersionArn");
    return p;
}

ccdk_signer_signing_profile *ccdk_signer_signing_profile_from_attributes(void *scope, const char *id, const char *name,
                                                                         const char *version)
{
    ccdk__node *s = ccdk__scope(scope);
    ccdk_app *app = s->app;
    ccdk_stack *stack = ccdk_stack_of(scope);
    if (!name)
        name = "";
    if (!version)
        version = "";
    /* formatArn({service: 'signer', resource: '', resourceName: '/signing-profiles/<name>'}) */
    const char *arn = ccdk_stack_format_arn(stack, "signer", "", "/", ccdk__sprintf(app, "/signing-profiles/%s", name));
    const char *varn = ccdk_stack_format_arn(stack, "signer", "", "/",
                                             ccdk__sprintf(app, "/signing-profiles/%s/%s", name, version));
    ccdk_signer_signing_profile *p = ccdk__alloc(app, sizeof *p);
    ccdk__node_init(&p->node, &kind_import, scope, id);
    p->arn = arn;
    p->version_arn = varn;
    p->name = ccdk__strdup(app, name);
    p->version = ccdk__strdup(app, version);
    return p;
}

const char *ccdk_signer_signing_profile_arn(ccdk_signer_signing_profile *p) { return ccdk__handle_ok(p, __func__) ? p->arn : NULL; }
const char *ccdk_signer_signing_profile_name(ccdk_signer_signing_profile *p) { return ccdk__handle_ok(p, __func__) ? p->name : NULL; }
const char *ccdk_signer_signing_profile_version(ccdk_signer_signing_profile *p) { return ccdk__handle_ok(p, __func__) ? p->version : NULL; }
const char *ccdk_signer_signing_profile_version_arn(ccdk_signer_signing_profile *p) { return ccdk__handle_ok(p, __func__) ? p->version_arn : NULL; }
ccdk_cfn_resource *ccdk_signer_signing_profile_resource(ccdk_signer_signing_profile *p) { return ccdk__handle_ok(p, __func__) ? p->resource : NULL; }
