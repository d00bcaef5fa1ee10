/* registry.c - glue.CfnRegistry (aws-cdk-lib/aws-glue), the L1 of AWS::Glue::Registry. The handle is
 * the CfnResource itself: ccdk_glue_cfn_registry is never defined, only a typed name for it. */
#include "ccdk/glue.h"
#include "internal.h"

#define FQN "aws-cdk-lib.aws_glue.CfnRegistry"

static ccdk_cfn_resource *as_resource(ccdk_glue_cfn_registry *registry) { return (ccdk_cfn_resource *)(void *)registry; }

ccdk_glue_cfn_registry *ccdk_glue_cfn_registry_new(void *scope, const char *id, const ccdk_glue_cfn_registry_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_cfn_resource *r = ccdk__l1(scope, id, "AWS::Glue::Registry", FQN);
    r->tag_kind = 1; /* Tags: [{Key, Value}] */
    if (!props || !props->name)
        /* requireProperty(props, 'name', this): `${this} is missing ...`, a CfnResource printing its type */
        ccdk__error(r, "%s [AWS::Glue::Registry] is missing required property: name", r->el.node.path);
    if (props && props->description)
        ccdk__res_set(r, "Description", ccdk__v_from_string(app, props->description));
    if (props && props->name)
        ccdk__res_set(r, "Name", ccdk__v_from_string(app, props->name));
    return (ccdk_glue_cfn_registry *)(void *)r;
}

const char *ccdk_glue_cfn_registry_attr_arn(ccdk_glue_cfn_registry *registry)
{
    return ccdk__handle_ok(registry, __func__) ? ccdk_cfn_resource_get_att(as_resource(registry), "Arn") : NULL;
}

const char *ccdk_glue_cfn_registry_name(ccdk_glue_cfn_registry *registry)
{
    if (!ccdk__handle_ok(registry, __func__))
        return NULL;
    ccdk_value *v = ccdk__res_get(as_resource(registry), "Name");
    return v && v->kind == CCDK__V_STR ? v->u.str.s : NULL;
}

ccdk_cfn_resource *ccdk_glue_cfn_registry_resource(ccdk_glue_cfn_registry *registry)
{
    return ccdk__handle_ok(registry, __func__) ? as_resource(registry) : NULL;
}
