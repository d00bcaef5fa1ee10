/* custom_resource.c - core's CustomResource (aws-cdk-lib/core/lib/custom-resource.js): a construct
 * whose "Default" child is a CfnResource of a Custom:: type (or
 * AWS::CloudFormation::CustomResource) with ServiceToken, ServiceTimeout and the user's properties. */
#include <ctype.h>
#include <string.h>

#include "cfn.h"

struct ccdk_custom_resource {
    ccdk__node node;
    ccdk_cfn_resource *resource;
};

/* CustomResource2: the bundled class's name (it has decorators) */
static const ccdk__kind kind_custom_resource = {.fqn = "aws-cdk-lib.CustomResource", .class_name = "CustomResource2"};

/* renderResourceType: the default type, or aws-cdk-lib's checks of a Custom:: one (NULL after an error) */
static const char *render_resource_type(ccdk_custom_resource *cr, const char *type)
{
    if (!type || !*type)
        return "AWS::CloudFormation::CustomResource";
    if (strncmp(type, "Custom::", 8) != 0) {
        ccdk__error(cr, "Custom resource type must begin with \"Custom::\" (%s)", type);
        return NULL;
    }
    if (ccdk__js_length(type) > 60) {
        ccdk__error(cr, "Custom resource type length > 60 (%s)", type);
        return NULL;
    }
    const char *name = strstr(type, "::") + 2;
    int ok = *name != '\0';
    for (const char *p = name; *p && ok; p++)
        ok = isalnum((unsigned char)*p) || *p == '_' || *p == '@' || *p == '-';
    if (!ok) {
        ccdk__error(cr, "Custom resource type name can only include alphanumeric characters and _@- (%s)", name);
        return NULL;
    }
    return type;
}

ccdk_custom_resource *ccdk_custom_resource_new(void *scope, const char *id, const ccdk_custom_resource_props *props)
{
    ccdk__node *s = ccdk__scope(scope);
    ccdk_app *app = s->app;
    ccdk_custom_resource *cr = ccdk__construct(ccdk_custom_resource, &kind_custom_resource, scope, id);
    static const ccdk_custom_resource_props none;
    if (!props)
        props = &none;
    const char *type = render_resource_type(cr, props->resource_type);
    if (!type)
        type = props->resource_type;

    /* {ServiceToken, ServiceTimeout, ...properties}: a key of properties takes the value, not the place */
    ccdk_value *all = ccdk__v_obj(app);
    ccdk__v_set(all, "ServiceToken", props->service_token ? ccdk__v_from_string(app, props->service_token) : ccdk__v_undef(app));
    ccdk_value *timeout = ccdk__v_undef(app);
    if (ccdk_duration_is_set(props->service_timeout)) {
        if (props->service_timeout.token) {
            /* serviceTimeout.toSeconds().toString() of a token: its value */
            ccdk_value *v = ccdk__duration_value(cr, props->service_timeout, CCDK_TIME_SECONDS, 0);
            if (v)
                timeout = v;
        } else {
            int ok = 1;
            double secs = ccdk__duration_convert(cr, props->service_timeout, CCDK_TIME_SECONDS, 0, &ok);
            if (ok && (secs < 1 || secs > 3600))
                ccdk__error(cr, "serviceTimeout must either be between 1 and 3600 seconds, got %s", ccdk__num_string(app, secs));
            else if (ok)
                timeout = ccdk__v_str(app, ccdk__num_string(app, secs));
        }
    }
    ccdk__v_set(all, "ServiceTimeout", timeout);
    const ccdk_value *user = props->properties;
    if (user && user->kind == CCDK__V_OBJ) {
        ccdk__buf conflicts = {0};
        for (uint32_t i = 0; i < user->u.obj.n; i++) {
            const char *key = user->u.obj.e[i].key;
            if (ccdk__tri_true(props->pascal_case_properties) && islower((unsigned char)key[0])) {
                char *upper = ccdk__strdup(app, key);
                upper[0] = (char)toupper((unsigned char)upper[0]);
                key = upper;
            }
            if (!strcmp(key, "ServiceToken") || !strcmp(key, "ServiceTimeout")) {
                if (conflicts.len)
                    ccdk__buf_puts(&conflicts, ",");
                ccdk__buf_puts(&conflicts, key);
            }
            ccdk__v_set(all, key, ccdk__v_copy(app, user->u.obj.e[i].val));
        }
        if (conflicts.len)
            ccdk__warning(cr, "@aws-cdk/core:customResourcePropConflict",
                          "The following keys will be overwritten as they exist in the 'properties' prop. Keys found: %s",
                          conflicts.data);
        ccdk__buf_free(&conflicts);
    } else if (user) {
        ccdk__error(cr, "properties must be an object");
    }
    cr->resource = ccdk__cfn_resource_new(cr, "Default", type ? type : "", &ccdk__kind_cfn_resource);
    cr->resource->props = all;
    ccdk_cfn_resource_apply_removal_policy(cr->resource,
                                           props->removal_policy ? props->removal_policy : CCDK_REMOVAL_POLICY_DESTROY);
    return cr;
}

const char *ccdk_custom_resource_ref(ccdk_custom_resource *cr)
{
    return ccdk__handle_ok(cr, __func__) ? ccdk_cfn_resource_ref(cr->resource) : NULL;
}

const char *ccdk_custom_resource_get_att_string(ccdk_custom_resource *cr, const char *attribute)
{
    return ccdk__handle_ok(cr, __func__) && attribute ? ccdk_cfn_resource_get_att(cr->resource, attribute) : NULL;
}

ccdk_cfn_resource *ccdk_custom_resource_resource(ccdk_custom_resource *cr)
{
    return ccdk__handle_ok(cr, __func__) ? cr->resource : NULL;
}
