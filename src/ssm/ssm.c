/* ssm.c - aws-cdk-lib/aws-ssm StringParameter's static methods: importing a parameter (its value a
 * CfnParameter of type AWS::SSM::Parameter::Value<...> or a dynamic reference) and valueFromLookup
 * (the cdk CLI's "ssm" context provider, core's ccdk__context_provider_get). */
#include <string.h>

#include "ccdk/iam.h"
#include "ccdk/ssm.h"
#include "internal.h"

struct ccdk_ssm_string_parameter {
    ccdk__node node;
    const char *name;
    const char *value_type;
    const char *eager;              /* a dynamic reference, or NULL: the lazy CfnParameter */
    ccdk_cfn_parameter *parameter;  /* "<id>.Parameter", made on the first stringValue */
    ccdk__node *scope;
    const char *arn;                /* parameterArn; NULL after its error */
};

/* arnForParameterName (aws-ssm/lib/util.ts): "parameter/<name>" for a simple name, "parameter<name>"
 * for a path; aws-cdk-lib's errors on p. NULL after an error. */
static const char *arn_for_parameter_name(ccdk_ssm_string_parameter *p, const char *name, ccdk_tristate simple_name)
{
    ccdk_stack *stack = p->node.stack;
    int token = ccdk__is_unresolved(name);
    if (!token && strchr(name, '/') && name[0] != '/') {
        ccdk__error(p, "Parameter names must be fully qualified (if they include \"/\" they must also begin with a \"/\"): %s",
                    name);
        return NULL;
    }
    int simple;
    if (token) {
        if (!ccdk__tri_set(simple_name)) {
            ccdk__error(p, "Unable to determine ARN separator for SSM parameter since the parameter name is an unresolved "
                           "token. Use \"fromAttributes\" and specify \"simpleName\" explicitly");
            return NULL;
        }
        simple = ccdk__tri_true(simple_name);
    } else {
        simple = name[0] != '/';
        if (ccdk__tri_set(simple_name) && ccdk__tri_true(simple_name) != simple) {
            ccdk__error(p, "Parameter name \"%s\" is %s, but \"simpleName\" was explicitly set to %s. Either omit it or set it to %s",
                        name, simple ? "a simple name" : "not a simple name", simple ? "false" : "true",
                        simple ? "true" : "false");
            return NULL;
        }
    }
    if (simple)
        return ccdk_stack_format_arn(stack, "ssm", "parameter", "/", name);
    return ccdk_stack_format_arn(stack, "ssm", ccdk__sprintf(p->node.app, "parameter%s", name), NULL, NULL);
}

/* the class Import of fromStringParameterAttributes has no jsii type of its own: its tree entry is
 * the nearest one up its chain, Resource's */
static const ccdk__kind kind_import = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

ccdk_ssm_string_parameter *ccdk_ssm_string_parameter_from_string_parameter_attributes(
    void *scope, const char *id, const ccdk_ssm_string_parameter_attributes *attrs)
{
    ccdk__node *sn = ccdk__scope(scope);
    ccdk_app *app = sn->app;
    if (!attrs || !attrs->parameter_name || !*attrs->parameter_name) {
        ccdk__error(sn, "parameterName cannot be an empty string");
        return ccdk__construct(ccdk_ssm_string_parameter, &kind_import, scope, id);
    }
    ccdk_ssm_string_parameter *p = ccdk__construct(ccdk_ssm_string_parameter, &kind_import, scope, id);
    p->scope = sn;
    p->name = ccdk__keep(app, attrs->parameter_name);
    p->value_type = attrs->value_type && *attrs->value_type ? ccdk__keep(app, attrs->value_type) : "String";
    p->arn = arn_for_parameter_name(p, p->name, attrs->simple_name);
    if (attrs->version.set) {
        /* CfnDynamicReference(SSM, `${name}:${Tokenization.stringifyNumber(version)}`) */
        const char *v = attrs->version.token ? attrs->version.token : ccdk__num_string(app, attrs->version.value);
        p->eager = ccdk__sprintf(app, "{{resolve:ssm:%s:%s}}", p->name, v);
    } else if (ccdk__tri_true(attrs->force_dynamic_reference)) {
        p->eager = ccdk__sprintf(app, "{{resolve:ssm:%s}}", p->name);
    }
    return p;
}

ccdk_ssm_string_parameter *ccdk_ssm_string_parameter_from_string_parameter_name(void *scope, const char *id,
                                                                                const char *string_parameter_name)
{
    ccdk_ssm_string_parameter_attributes attrs = {.parameter_name = string_parameter_name};
    return ccdk_ssm_string_parameter_from_string_parameter_attributes(scope, id, &attrs);
}

const char *ccdk_ssm_string_parameter_string_value(ccdk_ssm_string_parameter *parameter)
{
    if (!ccdk__handle_ok(parameter, __func__))
        return NULL;
    ccdk_ssm_string_parameter *p = parameter;
    if (!p->name)
        return "";
    if (p->eager)
        return p->eager;
    if (!p->parameter) {
        ccdk_app *app = p->node.app;
        ccdk_cfn_parameter_props props = {
            .type = ccdk__sprintf(app, "AWS::SSM::Parameter::Value<%s>", p->value_type),
            .default_value = ccdk__v_str(app, p->name),
        };
        p->parameter = ccdk_cfn_parameter_new(p->scope, ccdk__sprintf(app, "%s.Parameter", p->node.id), &props);
    }
    return ccdk_cfn_parameter_value_as_string(p->parameter);
}

const char *ccdk_ssm_string_parameter_arn(ccdk_ssm_string_parameter *parameter)
{
    return ccdk__handle_ok(parameter, __func__) ? parameter->arn : NULL;
}

/* grantRead / grantWrite: Grant.addToPrincipal on the parameter's ARN (an imported string parameter
 * has no encryption key) */
static int grant(ccdk_ssm_string_parameter *p, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    if (!p || !ccdk__grantee_ok(grantee, __func__) || !ccdk__handle_ok(p, "ccdk_ssm_string_parameter_grant") || !p->arn)
        return 0;
    return ccdk_iam_grant_add_to_principal(grantee, actions, CCDK_STRS(p->arn));
}

int ccdk_ssm_string_parameter_grant_read(ccdk_ssm_string_parameter *parameter, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(parameter, __func__))
        return 0;
    return grant(parameter, grantee,
                 CCDK_STRS("ssm:DescribeParameters", "ssm:GetParameters", "ssm:GetParameter", "ssm:GetParameterHistory"));
}

int ccdk_ssm_string_parameter_grant_write(ccdk_ssm_string_parameter *parameter, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(parameter, __func__))
        return 0;
    return grant(parameter, grantee, CCDK_STRS("ssm:PutParameter"));
}

const char *ccdk_ssm_string_parameter_name(ccdk_ssm_string_parameter *parameter)
{
    return ccdk__handle_ok(parameter, __func__) ? parameter->name : NULL;
}

const char *ccdk_ssm_string_parameter_value_for_string_parameter(void *scope, const char *parameter_name,
                                                                 ccdk_opt_num version)
{
    ccdk__node *sn = ccdk__scope(scope);
    ccdk_app *app = sn->app;
    ccdk_stack *stack = sn->stack;
    if (!stack) {
        ccdk__error(sn, "No stack could be identified for the construct at path '%s'", sn->path);
        return "";
    }
    if (!parameter_name || !*parameter_name) {
        ccdk__error(&stack->node, "parameterName cannot be an empty string");
        return "";
    }
    /* makeIdentityForImportedValue; the child's id has "--" for each '/', as the tree keeps it */
    const char *id = ccdk__sprintf(app, "SsmParameterValue:%s:C96584B6-F00A-464E-AD19-53AFF4B05118", parameter_name);
    ccdk__buf b = {0};
    for (const char *c = id; *c; c++) {
        if (*c == '/')
            ccdk__buf_puts(&b, "--");
        else
            ccdk__buf_putc(&b, *c);
    }
    ccdk__node *exists = ccdk__node_find_child(&stack->node, b.data);
    ccdk__buf_free(&b);
    if (exists && exists->kind == &kind_import)
        return ccdk_ssm_string_parameter_string_value((ccdk_ssm_string_parameter *)(void *)exists);
    ccdk_ssm_string_parameter_attributes attrs = {.parameter_name = parameter_name, .version = version};
    return ccdk_ssm_string_parameter_string_value(
        ccdk_ssm_string_parameter_from_string_parameter_attributes(stack, id, &attrs));
}

const char *ccdk_ssm_string_parameter_value_from_lookup(void *scope, const char *parameter_name,
                                                        const char *default_value,
                                                        const ccdk_ssm_string_parameter_lookup_options *options)
{
    ccdk__node *sn = ccdk__scope(scope);
    ccdk_app *app = sn->app;
    const char *name = parameter_name ? parameter_name : "undefined";
    ccdk_value *props = ccdk__v_obj(app);
    if (parameter_name)
        ccdk__v_set(props, "parameterName", ccdk__v_str(app, parameter_name));
    /* dummyValue: defaultValue || `dummy-value-for-${parameterName}`; mustExist: no defaultValue */
    const char *dummy = default_value && *default_value ? default_value : ccdk__sprintf(app, "dummy-value-for-%s", name);
    ccdk__context_query q = {
        .provider = "ssm",
        .props = props,
        .dummy = ccdk__v_str(app, dummy),
        .must_exist = default_value == NULL,
        .additional_cache_key = options ? options->additional_cache_key : NULL,
    };
    ccdk_value *v = NULL;
    if (ccdk__context_provider_get(sn, &q, &v) < 0 || !v)
        return "";
    return ccdk__js_string(app, v);
}
