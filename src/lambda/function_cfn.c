/* function_cfn.c - lambda.CfnFunction, the L1 of AWS::Lambda::Function, made from its properties
 * under their CloudFormation names (aws-cdk's function.test.ts makes one for SnapStart and for its
 * 'L1 Relationships' tests). The handle is the CfnResource itself. */
#include <string.h>

#include "ccdk/lambda.h"
#include "lambda_internal.h"

#define CFN_FUNCTION_TYPE "AWS::Lambda::Function"
#define CFN_FUNCTION_FQN "aws-cdk-lib.aws_lambda.CfnFunction"

/* props.tags: a literal [{Key, Value}] list becomes the TagManager's initial tags (priority 50),
 * rendered sorted with those of Tags.of(); anything else (a token, another shape) is kept as given */
static int set_initial_tags(ccdk_cfn_resource *r, const ccdk_value *tags)
{
    if (tags->kind != CCDK__V_LIST)
        return 0;
    for (uint32_t i = 0; i < tags->u.list.n; i++) {
        const ccdk_value *t = tags->u.list.items[i];
        const ccdk_value *k = t->kind == CCDK__V_OBJ ? ccdk__v_get((ccdk_value *)t, "Key") : NULL;
        const ccdk_value *v = t->kind == CCDK__V_OBJ ? ccdk__v_get((ccdk_value *)t, "Value") : NULL;
        if (!k || !v || k->kind != CCDK__V_STR || v->kind != CCDK__V_STR || t->u.obj.n != 2)
            return 0;
    }
    for (uint32_t i = 0; i < tags->u.list.n; i++) {
        ccdk_value *t = tags->u.list.items[i];
        ccdk__tags_set(&r->el.node, ccdk__v_get(t, "Key")->u.str.s, ccdk__v_get(t, "Value")->u.str.s, 50);
    }
    return 1;
}

ccdk_cfn_resource *ccdk_lambda_cfn_function_new(void *scope, const char *id, ccdk_value *properties)
{
    ccdk_cfn_resource *r = ccdk__l1(scope, id, CFN_FUNCTION_TYPE, CFN_FUNCTION_FQN);
    r->tag_kind = 1; /* TagType.STANDARD, tagPropertyName 'tags': [{Key, Value}] */
    if (properties && properties->kind != CCDK__V_OBJ) {
        ccdk__error(r, "%s [%s]: the properties of a CfnFunction must be an object", r->el.node.path, CFN_FUNCTION_TYPE);
        properties = NULL;
    }
    int has_code = 0, has_role = 0;
    for (uint32_t i = 0; properties && i < properties->u.obj.n; i++) {
        const char *key = properties->u.obj.e[i].key;
        ccdk_value *v = properties->u.obj.e[i].val;
        /* an undefined member is an absent one, as in the props object */
        if (!v || v->kind == CCDK__V_UNDEF)
            continue;
        has_code |= !strcmp(key, "Code");
        has_role |= !strcmp(key, "Role");
        if (!strcmp(key, "Tags") && set_initial_tags(r, v))
            continue;
        /* the value itself, not a copy: as CfnFunction keeps props.layers, a list changed later
         * renders changed (aws-cdk's 'array reference should be valid') */
        ccdk__res_set(r, key, v);
    }
    /* cdk.requireProperty(props, 'code' / 'role', this): `${this} is missing required property: ...`,
     * a CfnResource printing its path and type; thrown at the first one missing */
    if (!has_code)
        ccdk__error(r, "%s [%s] is missing required property: code", r->el.node.path, CFN_FUNCTION_TYPE);
    else if (!has_role)
        ccdk__error(r, "%s [%s] is missing required property: role", r->el.node.path, CFN_FUNCTION_TYPE);
    return r;
}
