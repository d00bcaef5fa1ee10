/* ssm.c - aws-cdk-lib/aws-ssm StringParameter's static methods: importing a parameter (its value a
 * CfnParameter of type AWS::SSM::Parameter::Value<...> or a dynamic reference) and valueFromLookup
 * (the cdk CLI's "ssm" context provider, core's ccdk__context_provider_get). */
#include <stdlib.h>
#include <string.h>

#include "ccdk/iam.h"
#include "ccdk/kms.h"
#include "ccdk/ssm.h"
#include "internal.h"
#include "jsregex.h"

struct ccdk_ssm_string_parameter {
    ccdk__node node;
    const char *name;
    const char *value_type;
    const char *eager;              /* a dynamic reference, or NULL: the lazy CfnParameter */
    ccdk_cfn_parameter *parameter;  /* "<id>.Parameter", made on the first stringValue */
    ccdk__node *scope;
    const char *arn;                /* parameterArn; NULL after its error */
    ccdk_cfn_resource *resource;    /* a new StringParameter's AWS::SSM::Parameter; NULL for an import */
    const char *param_type;         /* an import's parameterType ("String", "SecureString", "StringList", "List<..>") */
    ccdk_kms_key *key;              /* a SecureString import's encryptionKey */
    int list;                       /* a StringListParameter (ccdk_ssm_string_list_parameter) */
    ccdk_strs list_value;           /* its stringListValue once made */
    int has_list_value;
    const char *default_name;       /* the lazy CfnParameter's Default when not the name (fromStringParameterArn's ARN) */
};

/* a StringListParameter handle is the same object as a string parameter's, with `list` set */
#define AS_PARAM(l) ((ccdk_ssm_string_parameter *)(void *)(l))
#define AS_LIST(p) ((ccdk_ssm_string_list_parameter *)(void *)(p))

/* the name a new StringParameter without parameterName gets in arnForParameterName (util.ts) */
#define AUTOGEN_MARKER "$$autogen$$"

/* arnForParameterName (aws-ssm/lib/util.ts): "parameter/<name>" for a simple name, "parameter<name>"
 * for a path; aws-cdk-lib's errors on p. name is what the ARN holds (a new parameter's Ref); physical
 * the name given to a new parameter (AUTOGEN_MARKER without one), NULL for an import. NULL after an
 * error. */
static const char *arn_for_parameter_name(ccdk_ssm_string_parameter *p, const char *name, const char *physical,
                                          ccdk_tristate simple_name)
{
    ccdk_stack *stack = p->node.stack;
    const char *validated = physical ? physical : name;
    if (!ccdk__is_unresolved(validated) && strchr(validated, '/') && validated[0] != '/') {
        ccdk__error(p, "Parameter names must be fully qualified (if they include \"/\" they must also begin with a \"/\"): %s",
                    validated);
        return NULL;
    }
    /* isSimpleName(): the concrete name is the physical one when the name is a token */
    const char *concrete = ccdk__is_unresolved(name) ? physical : name;
    int simple;
    if (!concrete || ccdk__is_unresolved(concrete)) {
        if (!ccdk__tri_set(simple_name)) {
            ccdk__error(p, "Unable to determine ARN separator for SSM parameter since the parameter name is an unresolved "
                           "token. Use \"fromAttributes\" and specify \"simpleName\" explicitly");
            return NULL;
        }
        simple = ccdk__tri_true(simple_name);
    } else {
        simple = concrete[0] != '/';
        if (ccdk__tri_set(simple_name) && ccdk__tri_true(simple_name) != simple) {
            if (!strcmp(concrete, AUTOGEN_MARKER))
                ccdk__error(p, "If \"parameterName\" is not explicitly defined, \"simpleName\" must be \"true\" or undefined "
                               "since auto-generated parameter names always have simple names");
            else
                ccdk__error(p, "Parameter name \"%s\" is %s, but \"simpleName\" was explicitly set to %s. Either omit it or set it to %s",
                            concrete, simple ? "a simple name" : "not a simple name", simple ? "false" : "true",
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

/* ParameterType's CloudFormation names */
static const char *const parameter_type_names[] = {"String", "String", "SecureString", "StringList", "AWS::EC2::Image::Id"};

/* Fn._isFnBase(Tokenization.reverseString(name).firstToken): the name begins with a token that is an
 * Fn.* intrinsic (an {"Fn::...": ...} object, a join). Differs from aws-cdk-lib: ccdk keeps no FnBase
 * mark, so a Token.asString of an object written {"Fn::...": ...} counts too, and Fn.ref does not. */
static int first_token_is_fn(ccdk_app *app, const char *s)
{
    size_t len, idx;
    int st;
    if (ccdk__next_marker(app, s, BEGIN_STR, &len, &idx, &st) != s || st != TOK_OK)
        return 0;
    const ccdk_value *v = app->tokens[idx];
    return v->kind == CCDK__V_JOIN ||
           (v->kind == CCDK__V_OBJ && v->u.obj.n == 1 && !strncmp(v->u.obj.e[0].key, "Fn::", 4));
}

ccdk_ssm_string_parameter *ccdk_ssm_string_parameter_from_string_parameter_attributes(
    void *scope, const char *id, const ccdk_ssm_string_parameter_attributes *attrs)
{
    ccdk__node *sn = ccdk__scope(scope);
    ccdk_app *app = sn->app;
    if (!attrs || !attrs->parameter_name || !*attrs->parameter_name) {
        ccdk__error(sn, "parameterName cannot be an empty string");
        return ccdk__construct(ccdk_ssm_string_parameter, &kind_import, scope, id);
    }
    /* the deprecated type: STRING or AWS_EC2_IMAGE_ID only */
    if (!CCDK__ENUM_OK(sn, attrs->type, ccdk_ssm_parameter_type, CCDK_SSM_PARAMETER_TYPE_UNSET,
                       CCDK_SSM_PARAMETER_TYPE_AWS_EC2_IMAGE_ID, "type"))
        return ccdk__construct(ccdk_ssm_string_parameter, &kind_import, scope, id);
    if (attrs->type == CCDK_SSM_PARAMETER_TYPE_SECURE_STRING || attrs->type == CCDK_SSM_PARAMETER_TYPE_STRING_LIST) {
        ccdk__error(sn, "fromStringParameterAttributes does not support %s. Please use ParameterType.STRING or "
                        "ParameterType.AWS_EC2_IMAGE_ID", parameter_type_names[attrs->type]);
        return ccdk__construct(ccdk_ssm_string_parameter, &kind_import, scope, id);
    }
    ccdk_ssm_string_parameter *p = ccdk__construct(ccdk_ssm_string_parameter, &kind_import, scope, id);
    p->scope = sn;
    p->name = ccdk__keep(app, attrs->parameter_name);
    /* attrs.type ?? attrs.valueType ?? ParameterValueType.STRING */
    p->value_type = attrs->type                                ? parameter_type_names[attrs->type]
                    : attrs->value_type && *attrs->value_type ? ccdk__keep(app, attrs->value_type)
                                                              : "String";
    p->param_type = "String";
    p->arn = arn_for_parameter_name(p, p->name, NULL, attrs->simple_name);
    if (attrs->version.set && (attrs->version.token || attrs->version.value != 0)) { /* `if (attrs.version)` */
        /* CfnDynamicReference(SSM, `${name}:${Tokenization.stringifyNumber(version)}`) */
        const char *v = attrs->version.token ? attrs->version.token : ccdk__num_string(app, attrs->version.value);
        p->eager = ccdk__sprintf(app, "{{resolve:ssm:%s:%s}}", p->name, v);
    } else if (ccdk__tri_true(attrs->force_dynamic_reference) ||
               (ccdk__is_unresolved(p->name) && first_token_is_fn(app, p->name))) {
        /* forceDynamicReference, or a name made by an intrinsic function (Fn.importValue ...) */
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
    if (p->resource)
        return ccdk_cfn_resource_get_att(p->resource, "Value");
    if (p->eager)
        return p->eager;
    if (!p->parameter) {
        ccdk_app *app = p->node.app;
        ccdk_cfn_parameter_props props = {
            .type = ccdk__sprintf(app, "AWS::SSM::Parameter::Value<%s>", p->value_type),
            .default_value = ccdk__v_str(app, p->default_name ? p->default_name : p->name),
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
static int grant(ccdk_ssm_string_parameter *p, ccdk_iam_principal *grantee, ccdk_strs actions, int write)
{
    if (!p || !ccdk__grantee_ok(grantee, __func__) || !ccdk__handle_ok(p, "ccdk_ssm_string_parameter_grant") || !p->arn)
        return 0;
    /* ParameterBase: the encryption key's grantDecrypt / grantEncrypt first (a SecureString import's) */
    if (p->key)
        (write ? ccdk_kms_key_grant_encrypt : ccdk_kms_key_grant_decrypt)(p->key, grantee);
    return ccdk_iam_grant_add_to_principal(grantee, actions, CCDK_STRS(p->arn));
}

#define READ_ACTIONS CCDK_STRS("ssm:DescribeParameters", "ssm:GetParameters", "ssm:GetParameter", "ssm:GetParameterHistory")

int ccdk_ssm_string_parameter_grant_read(ccdk_ssm_string_parameter *parameter, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(parameter, __func__))
        return 0;
    return grant(parameter, grantee, READ_ACTIONS, 0);
}

int ccdk_ssm_string_parameter_grant_write(ccdk_ssm_string_parameter *parameter, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(parameter, __func__))
        return 0;
    return grant(parameter, grantee, CCDK_STRS("ssm:PutParameter"), 1);
}

const char *ccdk_ssm_string_parameter_name(ccdk_ssm_string_parameter *parameter)
{
    return ccdk__handle_ok(parameter, __func__) ? parameter->name : NULL;
}

const char *ccdk_ssm_string_parameter_type(ccdk_ssm_string_parameter *parameter)
{
    if (!ccdk__handle_ok(parameter, __func__))
        return NULL;
    if (parameter->resource)
        return ccdk_cfn_resource_get_att(parameter->resource, "Type"); /* resource.attrType */
    return parameter->param_type ? parameter->param_type : "String";
}

/* ---------------------------------------------------------------- new StringParameter */

/* StringParameter is decorated (@propertyInjectable): its bundled class is "StringParameter2" */
static const ccdk__kind kind_string_parameter = {.fqn = "aws-cdk-lib.aws_ssm.StringParameter",
                                                 .class_name = "StringParameter2"};

static const char *const tier_names[] = {NULL, "Standard", "Advanced", "Intelligent-Tiering"};
static const char *const data_type_names[] = {NULL, "text", "aws:ec2:image"};


/* _assertValidValue: new RegExp(allowedPattern).test(value) unless either is a token (JavaScript
 * tests the string "undefined" for a missing value) */
static void assert_valid_value(ccdk_ssm_string_parameter *p, const char *value, const char *pattern)
{
    const char *v = value ? value : "undefined";
    if (ccdk__is_unresolved(v) || ccdk__is_unresolved(pattern))
        return;
    char *err = NULL;
    int r = ccdk__js_regex_test(pattern, "", v, &err);
    if (r < 0) /* JavaScript's SyntaxError from new RegExp */
        ccdk__error(p, "%s", err ? err : "Invalid regular expression");
    else if (!r)
        ccdk__error(p, "The supplied value (%s) does not match the specified allowedPattern (%s)", v, pattern);
    free(err);
}

/* validateParameterName: a name that is not a token has at most 2048 characters of /^[\/\w.-]+$/ */
static void validate_parameter_name(ccdk_ssm_string_parameter *p, const char *name)
{
    if (!name || ccdk__is_unresolved(name))
        return;
    if (ccdk__js_length(name) > 2048) {
        ccdk__error(p, "name cannot be longer than 2048 characters.");
        return;
    }
    int ok = *name != 0;
    for (const char *c = name; *c && ok; c++)
        ok = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || strchr("_/.-", *c);
    if (!ok)
        ccdk__error(p, "name must only contain letters, numbers, and the following 4 symbols .-_/; got %s", name);
}

/* What StringParameter and StringListParameter share after their value checks: the name's and the
 * description's checks, the enums', the CfnParameter "Resource" (AllowedPattern, DataType,
 * Description, Name, Tier, Type and Value: the L1's order), and parameterName / parameterArn from
 * its Ref. NULL (no resource) after an enum's error. */
typedef struct {
    const char *parameter_name, *description, *allowed_pattern;
    ccdk_ssm_parameter_tier tier;
    ccdk_ssm_parameter_data_type data_type;
    ccdk_tristate simple_name;
    const char *type;     /* "String" or "StringList" */
    int image_id_type;    /* the deprecated type AWS_EC2_IMAGE_ID: aws-cdk-lib's error */
    const char *value;    /* NULL: none (StringParameter's missing value) */
} parameter_resource;

static ccdk_cfn_resource *new_parameter_resource(ccdk_ssm_string_parameter *p, const parameter_resource *c)
{
    ccdk_app *app = p->node.app;
    validate_parameter_name(p, c->parameter_name);
    if (c->description && ccdk__js_length(c->description) > 1024)
        ccdk__error(p, "Description cannot be longer than 1024 characters.");
    if (c->image_id_type) {
        ccdk__error(p, "The type must either be ParameterType.STRING or ParameterType.STRING_LIST. Did you mean to set "
                       "dataType: ParameterDataType.AWS_EC2_IMAGE instead?");
        return NULL;
    }
    if (!CCDK__ENUM_OK(p, c->tier, ccdk_ssm_parameter_tier, CCDK_SSM_PARAMETER_TIER_UNSET,
                       CCDK_SSM_PARAMETER_TIER_INTELLIGENT_TIERING, "tier") ||
        !CCDK__ENUM_OK(p, c->data_type, ccdk_ssm_parameter_data_type, CCDK_SSM_PARAMETER_DATA_TYPE_UNSET,
                       CCDK_SSM_PARAMETER_DATA_TYPE_AWS_EC2_IMAGE, "dataType"))
        return NULL;
    ccdk_cfn_resource *r = ccdk__l1(p, "Resource", "AWS::SSM::Parameter", "aws-cdk-lib.aws_ssm.CfnParameter");
    r->tag_kind = 2; /* Tags: {key: value} */
    p->resource = r;
    if (c->allowed_pattern)
        ccdk__res_set(r, "AllowedPattern", ccdk__v_from_string(app, c->allowed_pattern));
    if (c->data_type)
        ccdk__res_set(r, "DataType", ccdk__v_str(app, data_type_names[c->data_type]));
    if (c->description)
        ccdk__res_set(r, "Description", ccdk__v_from_string(app, c->description));
    if (c->parameter_name)
        ccdk__res_set(r, "Name", ccdk__v_from_string(app, c->parameter_name));
    if (c->tier)
        ccdk__res_set(r, "Tier", ccdk__v_str(app, tier_names[c->tier]));
    ccdk__res_set(r, "Type", ccdk__v_str(app, c->type));
    if (c->value)
        ccdk__res_set(r, "Value", ccdk__v_from_string(app, c->value));
    p->value_type = c->type;
    /* parameterName = getResourceNameAttribute(resource.ref): the Ref within the environment */
    p->name = ccdk_cfn_resource_ref(r);
    p->arn = arn_for_parameter_name(p, p->name, c->parameter_name ? c->parameter_name : AUTOGEN_MARKER, c->simple_name);
    return r;
}

ccdk_ssm_string_parameter *ccdk_ssm_string_parameter_new(void *scope, const char *id,
                                                         const ccdk_ssm_string_parameter_props *props)
{
    ccdk_ssm_string_parameter *p = ccdk__construct(ccdk_ssm_string_parameter, &kind_string_parameter, scope, id);
    static const ccdk_ssm_string_parameter_props none;
    if (!props)
        props = &none;
    p->scope = &p->node;
    if (!CCDK__ENUM_OK(p, props->type, ccdk_ssm_parameter_type, CCDK_SSM_PARAMETER_TYPE_UNSET,
                       CCDK_SSM_PARAMETER_TYPE_AWS_EC2_IMAGE_ID, "type"))
        return p;
    if (props->allowed_pattern)
        assert_valid_value(p, props->string_value, props->allowed_pattern);
    /* type: props.type || ParameterType.STRING (deprecated; as given, even StringList or SecureString) */
    ccdk_cfn_resource *r = new_parameter_resource(p, &(parameter_resource){
        .parameter_name = props->parameter_name, .description = props->description,
        .allowed_pattern = props->allowed_pattern, .tier = props->tier, .data_type = props->data_type,
        .simple_name = props->simple_name, .type = parameter_type_names[props->type],
        .image_id_type = props->type == CCDK_SSM_PARAMETER_TYPE_AWS_EC2_IMAGE_ID, .value = props->string_value});
    if (r && !props->string_value)
        /* requireProperty(props, 'value', this), when the template is rendered */
        ccdk__error(r, "%s [AWS::SSM::Parameter] is missing required property: value", r->el.node.path);
    return p;
}

/* makeIdentityForImportedValue(name) in the stack of scope, and stack.node.tryFindChild of it: the
 * import a valueFor* call made before (NULL: none). The child's id has "--" for each '/', as the tree
 * keeps it. NULL *stack_out after aws-cdk-lib's error (no stack, an empty name). */
static ccdk_ssm_string_parameter *imported_value(void *scope, const char *parameter_name, ccdk_stack **stack_out,
                                                 const char **id_out)
{
    ccdk__node *sn = ccdk__scope(scope);
    ccdk_app *app = sn->app;
    ccdk_stack *stack = sn->stack;
    *stack_out = NULL;
    if (!stack) {
        ccdk__error(sn, "No stack could be identified for the construct at path '%s'", sn->path);
        return NULL;
    }
    if (!parameter_name || !*parameter_name) {
        ccdk__error(&stack->node, "parameterName cannot be an empty string");
        return NULL;
    }
    *stack_out = stack;
    const char *id = ccdk__sprintf(app, "SsmParameterValue:%s:C96584B6-F00A-464E-AD19-53AFF4B05118", parameter_name);
    *id_out = id;
    ccdk__buf b = {0};
    for (const char *c = id; *c; c++) {
        if (*c == '/')
            ccdk__buf_puts(&b, "--");
        else
            ccdk__buf_putc(&b, *c);
    }
    ccdk__node *exists = ccdk__node_find_child(&stack->node, b.data);
    ccdk__buf_free(&b);
    return exists && exists->kind == &kind_import ? (ccdk_ssm_string_parameter *)(void *)exists : NULL;
}

/* ParameterValueType's CloudFormation names */
static const char *const value_type_names[] = {
    "String", "String", "AWS::EC2::AvailabilityZone::Name", "AWS::EC2::Image::Id", "AWS::EC2::Instance::Id",
    "AWS::EC2::KeyPair::KeyName", "AWS::EC2::SecurityGroup::GroupName", "AWS::EC2::SecurityGroup::Id",
    "AWS::EC2::Subnet::Id", "AWS::EC2::Volume::Id", "AWS::EC2::VPC::Id", "AWS::Route53::HostedZone::Id"};

/* valueForTypedStringParameterV2 with the type's name; "" after an error. type NULL: a SecureString,
 * which fromStringParameterAttributes cannot import (only a parameter imported before is found) */
static const char *value_for_typed(void *scope, const char *parameter_name, const char *type, ccdk_opt_num version)
{
    ccdk_stack *stack;
    const char *id = NULL;
    ccdk_ssm_string_parameter *exists = imported_value(scope, parameter_name, &stack, &id);
    if (!stack)
        return "";
    if (exists)
        return exists->list ? "" : ccdk_ssm_string_parameter_string_value(exists);
    if (!type) {
        ccdk__error(&stack->node, "fromStringParameterAttributes does not support SecureString. Please use "
                                  "ParameterType.STRING or ParameterType.AWS_EC2_IMAGE_ID");
        return "";
    }
    ccdk_ssm_string_parameter_attributes attrs = {.parameter_name = parameter_name, .version = version, .value_type = type};
    return ccdk_ssm_string_parameter_string_value(
        ccdk_ssm_string_parameter_from_string_parameter_attributes(stack, id, &attrs));
}

const char *ccdk_ssm_string_parameter_value_for_string_parameter(void *scope, const char *parameter_name,
                                                                 ccdk_opt_num version)
{
    return value_for_typed(scope, parameter_name, "String", version);
}

const char *ccdk_ssm_string_parameter_value_for_typed_string_parameter_v2(void *scope, const char *parameter_name,
                                                                          ccdk_ssm_parameter_value_type type,
                                                                          ccdk_opt_num version)
{
    ccdk__node *sn = ccdk__scope(scope);
    if (!CCDK__ENUM_OK(sn, type, ccdk_ssm_parameter_value_type, CCDK_SSM_PARAMETER_VALUE_TYPE_UNSET,
                       CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_ROUTE53_HOSTEDZONE_ID, "type"))
        return "";
    return value_for_typed(scope, parameter_name, value_type_names[type], version);
}

const char *ccdk_ssm_string_parameter_value_for_typed_string_parameter(void *scope, const char *parameter_name,
                                                                       ccdk_ssm_parameter_type type, ccdk_opt_num version)
{
    ccdk__node *sn = ccdk__scope(scope);
    if (!CCDK__ENUM_OK(sn, type, ccdk_ssm_parameter_type, CCDK_SSM_PARAMETER_TYPE_UNSET,
                       CCDK_SSM_PARAMETER_TYPE_AWS_EC2_IMAGE_ID, "type"))
        return "";
    if (type == CCDK_SSM_PARAMETER_TYPE_STRING_LIST) {
        ccdk__error(sn, "valueForTypedStringParameter does not support STRING_LIST, use valueForTypedListParameter instead");
        return "";
    }
    /* fromStringParameterAttributes({type}): only STRING and AWS_EC2_IMAGE_ID */
    return value_for_typed(scope, parameter_name,
                           type == CCDK_SSM_PARAMETER_TYPE_SECURE_STRING ? NULL : parameter_type_names[type], version);
}

const char *ccdk_ssm_string_parameter_value_for_secure_string_parameter(void *scope, const char *parameter_name,
                                                                        ccdk_opt_num version)
{
    ccdk_stack *stack;
    const char *id = NULL;
    ccdk_ssm_string_parameter *exists = imported_value(scope, parameter_name, &stack, &id);
    if (!stack)
        return "";
    if (exists)
        return exists->list ? "" : ccdk_ssm_string_parameter_string_value(exists);
    ccdk_ssm_secure_string_parameter_attributes attrs = {.parameter_name = parameter_name, .version = version};
    return ccdk_ssm_string_parameter_string_value(
        ccdk_ssm_string_parameter_from_secure_string_parameter_attributes(stack, id, &attrs));
}

/* ---------------------------------------------------------------- more imports */

ccdk_ssm_string_parameter *ccdk_ssm_string_parameter_from_string_parameter_arn(void *scope, const char *id,
                                                                               const char *string_parameter_arn)
{
    ccdk__node *sn = ccdk__scope(scope);
    ccdk_app *app = sn->app;
    const char *arn = string_parameter_arn ? string_parameter_arn : "";
    int bad = 0;
    if (ccdk__is_unresolved(arn)) {
        ccdk__error(sn, "stringParameterArn cannot be an unresolved token");
        bad = 1;
    } else {
        int colons = 0;
        const char *region = NULL, *region_end = NULL;
        for (const char *c = arn; *c; c++)
            if (*c == ':') {
                colons++;
                if (colons == 3)
                    region = c + 1;
                else if (colons == 4)
                    region_end = c;
            }
        const char *stack_region = sn->stack ? ccdk_stack_region(sn->stack) : "";
        if (colons != 5) {
            ccdk__error(sn, "unexpected StringParameterArn format");
            bad = 1;
        } else if (ccdk__is_unresolved(stack_region)) {
            ccdk__warning(sn, "aws-cdk-lib/aws-ssm:crossAccountReferenceSameRegion",
                          "Cross-account references will only work within the same region");
        } else if (strlen(stack_region) != (size_t)(region_end - region) ||
                   strncmp(stack_region, region, (size_t)(region_end - region))) {
            ccdk__error(sn, "stringParameterArn must be in the same region as the stack");
            bad = 1;
        }
    }
    ccdk_ssm_string_parameter *p = ccdk__construct(ccdk_ssm_string_parameter, &kind_import, scope, id);
    if (bad)
        return p;
    p->scope = sn;
    /* parameterName: the ARN's last "/"-separated part */
    const char *slash = strrchr(arn, '/');
    p->name = ccdk__strdup(app, slash ? slash + 1 : arn);
    p->arn = ccdk__strdup(app, arn);
    p->value_type = p->param_type = "String";
    /* its CfnParameter's default is the ARN (stringValue below uses default_name) */
    p->default_name = p->arn;
    return p;
}

ccdk_ssm_string_parameter *ccdk_ssm_string_parameter_from_secure_string_parameter_attributes(
    void *scope, const char *id, const ccdk_ssm_secure_string_parameter_attributes *attrs)
{
    ccdk_ssm_string_parameter *p = ccdk__construct(ccdk_ssm_string_parameter, &kind_import, scope, id);
    ccdk_app *app = p->node.app;
    static const ccdk_ssm_secure_string_parameter_attributes none;
    if (!attrs)
        attrs = &none;
    const char *name = attrs->parameter_name ? ccdk__keep(app, attrs->parameter_name) : "undefined";
    p->scope = ccdk__scope(scope);
    p->name = name;
    p->value_type = p->param_type = "SecureString";
    p->key = attrs->encryption_key;
    /* CfnDynamicReference(SSM_SECURE, version ? `${name}:${version}` : name); a version of 0 is none */
    if (attrs->version.set && (attrs->version.token || attrs->version.value != 0)) {
        const char *v = attrs->version.token ? attrs->version.token : ccdk__num_string(app, attrs->version.value);
        p->eager = ccdk__sprintf(app, "{{resolve:ssm-secure:%s:%s}}", name, v);
    } else {
        p->eager = ccdk__sprintf(app, "{{resolve:ssm-secure:%s}}", name);
    }
    p->arn = arn_for_parameter_name(p, name, NULL, attrs->simple_name);
    return p;
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

/* ---------------------------------------------------------------- StringListParameter */

/* StringListParameter is decorated too: "StringListParameter2" */
static const ccdk__kind kind_string_list_parameter = {.fqn = "aws-cdk-lib.aws_ssm.StringListParameter",
                                                      .class_name = "StringListParameter2"};

/* CfnDynamicReference(SSM, ref).toString(): a token (not a literal: Fn.split keeps it whole), here
 * a join of the one literal, which resolves to it */
static const char *ssm_dynamic_reference(ccdk_ssm_string_parameter *p, const char *ref)
{
    return ccdk_fn_join(p, "", CCDK_STRS(ccdk__sprintf(p->node.app, "{{resolve:ssm:%s}}", ref)));
}

ccdk_ssm_string_list_parameter *ccdk_ssm_string_list_parameter_new(void *scope, const char *id,
                                                                   const ccdk_ssm_string_list_parameter_props *props)
{
    ccdk_ssm_string_parameter *p = ccdk__construct(ccdk_ssm_string_parameter, &kind_string_list_parameter, scope, id);
    static const ccdk_ssm_string_list_parameter_props none;
    if (!props)
        props = &none;
    p->list = 1;
    p->scope = &p->node;
    size_t n = CCDK__LEN(props->string_list_value, "StringListParameter stringListValue");
    if (!CCDK__GIVEN(props->string_list_value)) {
        /* props.stringListValue.find(...) of undefined */
        ccdk__error(p, "Cannot read properties of undefined (reading 'find')");
        return AS_LIST(p);
    }
    for (size_t i = 0; i < n; i++) {
        const char *v = props->string_list_value.items[i];
        if (v && !ccdk__is_unresolved(v) && strchr(v, ',')) {
            ccdk__error(p, "Values of a StringList SSM Parameter cannot contain the ',' character. Use a string parameter "
                           "instead.");
            return AS_LIST(p);
        }
    }
    if (props->allowed_pattern && !ccdk_token_is_unresolved_list(props->string_list_value))
        for (size_t i = 0; i < n; i++)
            assert_valid_value(p, props->string_list_value.items[i], props->allowed_pattern);
    ccdk_cfn_resource *r = new_parameter_resource(p, &(parameter_resource){
        .parameter_name = props->parameter_name, .description = props->description,
        .allowed_pattern = props->allowed_pattern, .tier = props->tier, .simple_name = props->simple_name,
        .type = "StringList", .value = ccdk_fn_join(p, ",", props->string_list_value)});
    if (!r)
        return AS_LIST(p);
    p->list_value = ccdk_token_as_list(ccdk_fn_split(p, ",", ccdk_cfn_resource_get_att(r, "Value")));
    p->has_list_value = 1;
    return AS_LIST(p);
}

ccdk_ssm_string_list_parameter *ccdk_ssm_string_list_parameter_from_string_list_parameter_name(
    void *scope, const char *id, const char *string_list_parameter_name)
{
    ccdk_ssm_string_parameter *p = ccdk__construct(ccdk_ssm_string_parameter, &kind_import, scope, id);
    ccdk_app *app = p->node.app;
    p->list = 1;
    p->scope = ccdk__scope(scope);
    p->name = string_list_parameter_name ? ccdk__keep(app, string_list_parameter_name) : "undefined";
    p->value_type = p->param_type = "StringList";
    p->arn = arn_for_parameter_name(p, p->name, NULL, (ccdk_tristate){0});
    /* Fn.split(',', CfnDynamicReference(SSM, name).toString()) */
    p->list_value = ccdk_token_as_list(ccdk_fn_split(p, ",", ssm_dynamic_reference(p, p->name)));
    p->has_list_value = 1;
    return AS_LIST(p);
}

ccdk_ssm_string_list_parameter *ccdk_ssm_string_list_parameter_from_list_parameter_attributes(
    void *scope, const char *id, const ccdk_ssm_list_parameter_attributes *attrs)
{
    ccdk__node *sn = ccdk__scope(scope);
    ccdk_app *app = sn->app;
    if (!attrs || !attrs->parameter_name || !*attrs->parameter_name) {
        ccdk__error(sn, "parameterName cannot be an empty string");
        ccdk_ssm_string_parameter *bad = ccdk__construct(ccdk_ssm_string_parameter, &kind_import, scope, id);
        bad->list = 1;
        return AS_LIST(bad);
    }
    if (!CCDK__ENUM_OK(sn, attrs->element_type, ccdk_ssm_parameter_value_type, CCDK_SSM_PARAMETER_VALUE_TYPE_UNSET,
                       CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_ROUTE53_HOSTEDZONE_ID, "elementType")) {
        ccdk_ssm_string_parameter *bad = ccdk__construct(ccdk_ssm_string_parameter, &kind_import, scope, id);
        bad->list = 1;
        return AS_LIST(bad);
    }
    ccdk_ssm_string_parameter *p = ccdk__construct(ccdk_ssm_string_parameter, &kind_import, scope, id);
    p->list = 1;
    p->scope = sn;
    p->name = ccdk__keep(app, attrs->parameter_name);
    p->value_type = p->param_type = ccdk__sprintf(app, "List<%s>", value_type_names[attrs->element_type]);
    p->arn = arn_for_parameter_name(p, p->name, NULL, attrs->simple_name);
    if (attrs->version.set && (attrs->version.token || attrs->version.value != 0)) {
        /* CfnDynamicReference(SSM, `${name}:${version}`).toStringList() */
        const char *v = attrs->version.token ? attrs->version.token : ccdk__num_string(app, attrs->version.value);
        ccdk_value *ref = ccdk__v_str(app, ccdk__sprintf(app, "{{resolve:ssm:%s:%s}}", p->name, v));
        p->list_value = ccdk_token_as_list(ref); /* a list token of the string, never split */
        p->has_list_value = 1;
    }
    return AS_LIST(p);
}

ccdk_strs ccdk_ssm_string_list_parameter_string_list_value(ccdk_ssm_string_list_parameter *parameter)
{
    ccdk_strs none = {0};
    if (!ccdk__handle_ok(parameter, __func__))
        return none;
    ccdk_ssm_string_parameter *p = AS_PARAM(parameter);
    if (!p->list || !p->name)
        return none;
    if (!p->has_list_value) {
        /* the lazy CfnParameter "<id>.Parameter" of type AWS::SSM::Parameter::Value<List<..>>, its valueAsList */
        ccdk_app *app = p->node.app;
        ccdk_cfn_parameter_props props = {
            .type = ccdk__sprintf(app, "AWS::SSM::Parameter::Value<%s>", p->value_type),
            .default_value = ccdk__v_str(app, p->name),
        };
        p->parameter = ccdk_cfn_parameter_new(p->scope, ccdk__sprintf(app, "%s.Parameter", p->node.id), &props);
        p->list_value = ccdk_cfn_parameter_value_as_list(p->parameter);
        p->has_list_value = 1;
    }
    return p->list_value;
}

ccdk_strs ccdk_ssm_string_list_parameter_value_for_typed_list_parameter(void *scope, const char *parameter_name,
                                                                        ccdk_ssm_parameter_value_type type,
                                                                        ccdk_opt_num version)
{
    ccdk_strs none = {0};
    ccdk__node *sn = ccdk__scope(scope);
    if (!CCDK__ENUM_OK(sn, type, ccdk_ssm_parameter_value_type, CCDK_SSM_PARAMETER_VALUE_TYPE_UNSET,
                       CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_ROUTE53_HOSTEDZONE_ID, "type"))
        return none;
    ccdk_stack *stack;
    const char *id = NULL;
    ccdk_ssm_string_parameter *exists = imported_value(scope, parameter_name, &stack, &id);
    if (!stack)
        return none;
    if (exists) /* exists.stringListValue: undefined for a string parameter's import */
        return exists->list ? ccdk_ssm_string_list_parameter_string_list_value(AS_LIST(exists)) : none;
    ccdk_ssm_list_parameter_attributes attrs = {.parameter_name = parameter_name, .element_type = type, .version = version};
    return ccdk_ssm_string_list_parameter_string_list_value(
        ccdk_ssm_string_list_parameter_from_list_parameter_attributes(stack, id, &attrs));
}

const char *ccdk_ssm_string_list_parameter_name(ccdk_ssm_string_list_parameter *parameter)
{
    return ccdk__handle_ok(parameter, __func__) ? AS_PARAM(parameter)->name : NULL;
}

const char *ccdk_ssm_string_list_parameter_arn(ccdk_ssm_string_list_parameter *parameter)
{
    return ccdk__handle_ok(parameter, __func__) ? AS_PARAM(parameter)->arn : NULL;
}

const char *ccdk_ssm_string_list_parameter_type(ccdk_ssm_string_list_parameter *parameter)
{
    if (!ccdk__handle_ok(parameter, __func__))
        return NULL;
    ccdk_ssm_string_parameter *p = AS_PARAM(parameter);
    if (p->resource)
        return ccdk_cfn_resource_get_att(p->resource, "Type");
    return p->param_type ? p->param_type : "StringList";
}

int ccdk_ssm_string_list_parameter_grant_read(ccdk_ssm_string_list_parameter *parameter, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(parameter, __func__))
        return 0;
    return grant(AS_PARAM(parameter), grantee, READ_ACTIONS, 0);
}

int ccdk_ssm_string_list_parameter_grant_write(ccdk_ssm_string_list_parameter *parameter, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(parameter, __func__))
        return 0;
    return grant(AS_PARAM(parameter), grantee, CCDK_STRS("ssm:PutParameter"), 1);
}
