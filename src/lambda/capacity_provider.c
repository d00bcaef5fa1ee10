/* capacity_provider.c - lambda.CapacityProvider (aws-cdk-lib/aws-lambda/lib/capacity-provider.ts):
 * the AWS::Lambda::CapacityProvider, its imports, its value classes (InstanceTypeFilter,
 * ScalingOptions, TargetTrackingScalingPolicy, PropagateTags) and addFunction. */
#include <string.h>

#include "ccdk/lambda_capacity_provider.h"
#include "lambda_internal.h"

struct ccdk_lambda_capacity_provider {
    ccdk__node node;
    ccdk_cfn_resource *resource; /* NULL when imported */
    const char *name, *arn;
};

static const ccdk__kind kind_cp = {.fqn = "aws-cdk-lib.aws_lambda.CapacityProvider", .class_name = "CapacityProvider2"};
static const ccdk__kind kind_import = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

/* ------------------------------------------------------------------ values */

ccdk_lambda_instance_type_filter ccdk_lambda_instance_type_filter_allow(ccdk_ec2_instance_type_list instance_types)
{
    return (ccdk_lambda_instance_type_filter){1, instance_types};
}

ccdk_lambda_instance_type_filter ccdk_lambda_instance_type_filter_exclude(ccdk_ec2_instance_type_list instance_types)
{
    return (ccdk_lambda_instance_type_filter){2, instance_types};
}

ccdk_lambda_target_tracking_scaling_policy ccdk_lambda_target_tracking_scaling_policy_cpu_utilization(double target_cpu_utilization)
{
    return (ccdk_lambda_target_tracking_scaling_policy){"LambdaCapacityProviderAverageCPUUtilization", target_cpu_utilization};
}

ccdk_lambda_scaling_options ccdk_lambda_scaling_options_auto(void) { return (ccdk_lambda_scaling_options){"Auto", {0}}; }

ccdk_lambda_scaling_options ccdk_lambda_scaling_options_manual(ccdk_lambda_target_tracking_scaling_policy_list scaling_policies)
{
    return (ccdk_lambda_scaling_options){"Manual", scaling_policies};
}

ccdk_lambda_propagate_tags ccdk_lambda_propagate_tags_none(void) { return (ccdk_lambda_propagate_tags){"None", {0}}; }

ccdk_lambda_propagate_tags ccdk_lambda_propagate_tags_explicit(ccdk_kvs tags)
{
    return (ccdk_lambda_propagate_tags){"Explicit", tags};
}

/* ------------------------------------------------------------------ validation */

/* [a-zA-Z0-9-_]: after the range 0-9, JavaScript reads "-" as itself */
static int name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

static int name_chars(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!name_char(*s))
            return 0;
    return 1;
}

/* /^([a-zA-Z0-9-_]+|arn:aws[a-zA-Z-]*:lambda:capacity-provider:[a-zA-Z0-9-_]+)$/. The ARN form
 * aws-cdk-lib accepts has neither region nor account, so a real capacity provider ARN fails. */
static int name_ok(const char *name)
{
    if (name_chars(name))
        return 1;
    if (strncmp(name, "arn:aws", 7))
        return 0;
    const char *p = name + 7;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '-')
        p++;
    static const char mid[] = ":lambda:capacity-provider:";
    if (strncmp(p, mid, sizeof mid - 1))
        return 0;
    return name_chars(p + sizeof mid - 1);
}

/* Object.entries of a JavaScript object literal built from tags: a repeated key keeps its first
 * place and takes the last value; integer-like keys ("0", "42", not "01") come first, ascending. */
typedef struct {
    const char *key, *value;
    double index; /* -1: not an array index */
} tag_entry;

static double array_index(const char *k)
{
    if (!*k || (k[0] == '0' && k[1]) || strlen(k) > 10)
        return -1;
    double v = 0;
    for (const char *p = k; *p; p++) {
        if (*p < '0' || *p > '9')
            return -1;
        v = v * 10 + (*p - '0');
    }
    return v < 4294967295.0 ? v : -1;
}

static size_t tag_entries(ccdk_app *app, ccdk_kvs tags, tag_entry **out)
{
    size_t n = CCDK__LEN(tags, "explicit_tags"), m = 0;
    tag_entry *e = ccdk__alloc(app, (n + 1) * sizeof *e);
    for (size_t i = 0; i < n; i++) {
        const char *k = tags.items[i].key ? tags.items[i].key : "undefined";
        size_t j = 0;
        while (j < m && strcmp(e[j].key, k))
            j++;
        if (j == m)
            e[m++] = (tag_entry){ccdk__keep(app, k), NULL, array_index(k)};
        e[j].value = tags.items[i].value ? ccdk__keep(app, tags.items[i].value) : NULL;
    }
    /* stable: indices ascending first, then the rest in insertion order */
    tag_entry *sorted = ccdk__alloc(app, (m + 1) * sizeof *sorted);
    size_t s = 0;
    for (;;) {
        size_t best = m;
        for (size_t j = 0; j < m; j++)
            if (e[j].index >= 0 && (best == m || e[j].index < e[best].index))
                best = j;
        if (best == m)
            break;
        sorted[s++] = e[best];
        e[best].index = -2;
    }
    for (size_t j = 0; j < m; j++)
        if (e[j].index == -1)
            sorted[s++] = e[j];
    *out = sorted;
    return m;
}

/* validateCapacityProviderProps: 0, or -1 after the first of aws-cdk-lib's errors */
static int validate(ccdk_lambda_capacity_provider *cp, const ccdk_lambda_capacity_provider_props *p)
{
    ccdk_app *app = cp->node.app;
    const char *who = p->capacity_provider_name && *p->capacity_provider_name ? p->capacity_provider_name
                                                                                : "your capacity provider";
    ccdk_opt_num max = p->max_v_cpu_count;
    if (max.set && !max.token && (max.value < 12 || max.value > 15000)) {
        ccdk__error(cp, "maxVCpuCount must be between 12 and 15000, but %s has %s.", who, ccdk__num_string(app, max.value));
        return -1;
    }
    if (!CCDK__GIVEN(p->subnets)) {
        ccdk__error(cp, "subnets is required");
        return -1;
    }
    size_t nsub = CCDK__LEN(p->subnets, "subnets");
    if (nsub < 1 || nsub > 16) {
        ccdk__error(cp, "subnets must contain between 1 and 16 items but %s has %zu items.", who, nsub);
        return -1;
    }
    if (!CCDK__GIVEN(p->security_groups)) {
        ccdk__error(cp, "securityGroups is required");
        return -1;
    }
    size_t nsg = CCDK__LEN(p->security_groups, "security_groups");
    if (nsg < 1 || nsg > 5) {
        ccdk__error(cp, "securityGroups must contain between 1 and 5 items but %s has %zu items.", who, nsg);
        return -1;
    }
    const char *name = p->capacity_provider_name;
    if (name && *name && !ccdk__is_unresolved(name)) {
        if (!name_ok(name)) {
            ccdk__error(cp, "capacityProviderName must be an arn or have only alphanumeric characters, but did not: %s", name);
            return -1;
        }
        /* name.length: UTF-16 code units, and the name is ASCII by now */
        if (strlen(name) > 140) {
            ccdk__error(cp, "Capacity provider name can not be longer than 140 characters but %s has %zu characters.", name,
                        strlen(name));
            return -1;
        }
    }
    const ccdk_lambda_instance_type_filter *f = &p->instance_type_filter;
    if (f->kind_ && CCDK__GIVEN(f->instance_types_) && CCDK__LEN(f->instance_types_, "instance_types") < 1) {
        ccdk__error(cp, "instanceTypeFilter must have at least one instanceType when configured, but %s has 0 items.", who);
        return -1;
    }
    const ccdk_lambda_scaling_options *so = &p->scaling_options;
    if (so->scaling_mode_ && CCDK__GIVEN(so->scaling_policies_)) {
        size_t np = CCDK__LEN(so->scaling_policies_, "scaling_policies");
        if (np < 1) {
            ccdk__error(cp, "scalingOptions must have at least one policy when scalingMode is 'Manual', but %s has 0 items.", who);
            return -1;
        }
        if (np > 10) {
            ccdk__error(cp, "scalingOptions can have at most ten policies when scalingMode is 'Manual', but %s has %zu items.",
                        who, np);
            return -1;
        }
    }
    if (p->propagate_tags.mode_ && CCDK__GIVEN(p->propagate_tags.explicit_tags_)) {
        tag_entry *e;
        size_t nt = tag_entries(app, p->propagate_tags.explicit_tags_, &e);
        if (nt > 40) {
            ccdk__error(cp, "propagateTags explicit tags can have at most 40 tags, but %s has %zu.", who, nt);
            return -1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ CapacityProvider */

ccdk_lambda_capacity_provider *ccdk_lambda_capacity_provider_new(void *scope, const char *id,
                                                                 const ccdk_lambda_capacity_provider_props *props)
{
    ccdk_lambda_capacity_provider *cp = ccdk__construct(ccdk_lambda_capacity_provider, &kind_cp, scope, id);
    ccdk_app *app = cp->node.app;
    cp->name = cp->arn = "";
    if (!props) {
        ccdk__error(cp, "subnets is required");
        return cp;
    }
    if (!CCDK__ENUM_OK(cp, props->system_log_level, ccdk_lambda_system_log_level, CCDK_LAMBDA_SYSTEM_LOG_LEVEL_UNSET,
                       CCDK_LAMBDA_SYSTEM_LOG_LEVEL_WARN, "systemLogLevel") ||
        validate(cp, props) < 0)
        return cp;
    const char *operator_arn;
    if (props->operator_role) {
        operator_arn = ccdk_iam_role_arn(props->operator_role);
    } else {
        ccdk_iam_managed_policy *policy =
            ccdk_iam_managed_policy_from_aws_managed_policy_name(cp, "AWSLambdaManagedEC2ResourceOperator");
        ccdk_iam_role *role = ccdk_iam_role_new(cp, "OperatorRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(cp, "lambda.amazonaws.com"),
            .managed_policies = CCDK_LIST_N(&policy, 1),
        });
        operator_arn = ccdk_iam_role_arn(role);
    }
    ccdk_cfn_resource *r = ccdk__l1(cp, "Resource", "AWS::Lambda::CapacityProvider", "aws-cdk-lib.aws_lambda.CfnCapacityProvider");
    r->tag_kind = 1;
    cp->resource = r;
    /* properties in the template's (alphabetical) order; tree.json takes its own from the table */
    if (props->capacity_provider_name)
        ccdk__res_set(r, "CapacityProviderName", ccdk__v_from_string(app, props->capacity_provider_name));
    /* `props.maxVCpuCount || props.scalingOptions`: a maxVCpuCount of 0 does not count (it is an error anyway) */
    ccdk_opt_num max = props->max_v_cpu_count;
    if ((max.set && (max.token || max.value != 0)) || props->scaling_options.scaling_mode_) {
        ccdk_value *sc = ccdk__v_obj(app);
        if (max.set)
            ccdk__v_set(sc, "MaxVCpuCount", ccdk__v_opt_num(app, max));
        if (props->scaling_options.scaling_mode_)
            ccdk__v_set(sc, "ScalingMode", ccdk__v_str(app, props->scaling_options.scaling_mode_));
        if (CCDK__GIVEN(props->scaling_options.scaling_policies_)) {
            ccdk_value *l = ccdk__v_list(app);
            size_t n = CCDK__LEN(props->scaling_options.scaling_policies_, "scaling_policies");
            for (size_t i = 0; i < n; i++) {
                const ccdk_lambda_target_tracking_scaling_policy *sp = &props->scaling_options.scaling_policies_.items[i];
                ccdk_value *o = ccdk__v_obj(app);
                ccdk__v_set(o, "PredefinedMetricType", ccdk__v_str(app, sp->predefined_metric_type_));
                ccdk__v_set(o, "TargetValue", ccdk__v_num(app, sp->target_value_));
                ccdk__v_push(l, o);
            }
            ccdk__v_set(sc, "ScalingPolicies", l);
        }
        ccdk__res_set(r, "CapacityProviderScalingConfig", sc);
    }
    /* `props.instanceTypeFilter || props.architectures`: an empty architectures list counts */
    const ccdk_lambda_instance_type_filter *f = &props->instance_type_filter;
    if (f->kind_ || CCDK__GIVEN(props->architectures)) {
        ccdk_value *ir = ccdk__v_obj(app), *types = NULL, *archs = NULL;
        if (f->kind_ && CCDK__GIVEN(f->instance_types_)) {
            types = ccdk__v_list(app);
            size_t n = CCDK__LEN(f->instance_types_, "instance_types");
            for (size_t i = 0; i < n; i++) /* instanceType.toString() */
                ccdk__v_push(types, ccdk__v_from_string(app, ccdk__strdup(app, f->instance_types_.items[i].identifier_)));
        }
        if (CCDK__GIVEN(props->architectures)) {
            archs = ccdk__v_list(app);
            size_t n = CCDK__LEN(props->architectures, "architectures");
            for (size_t i = 0; i < n; i++) { /* architecture.toString(): its name */
                const ccdk_lambda_architecture *a = props->architectures.items[i];
                ccdk__v_push(archs, ccdk__v_str(app, a ? a->name : "x86_64"));
            }
        }
        /* the template's order: AllowedInstanceTypes, Architectures, ExcludedInstanceTypes */
        if (types && f->kind_ == 1)
            ccdk__v_set(ir, "AllowedInstanceTypes", types);
        if (archs)
            ccdk__v_set(ir, "Architectures", archs);
        if (types && f->kind_ == 2)
            ccdk__v_set(ir, "ExcludedInstanceTypes", types);
        ccdk__res_set(r, "InstanceRequirements", ir);
    }
    if (props->kms_key)
        ccdk__res_set(r, "KmsKeyArn", ccdk__v_from_string(app, ccdk_kms_key_arn(props->kms_key)));
    ccdk_value *perm = ccdk__v_obj(app);
    ccdk__v_set(perm, "CapacityProviderOperatorRoleArn", ccdk__v_from_string(app, operator_arn));
    ccdk__res_set(r, "PermissionsConfig", perm);
    if (props->propagate_tags.mode_) {
        ccdk_value *pt = ccdk__v_obj(app);
        if (CCDK__GIVEN(props->propagate_tags.explicit_tags_)) {
            tag_entry *e;
            size_t nt = tag_entries(app, props->propagate_tags.explicit_tags_, &e);
            ccdk_value *l = ccdk__v_list(app);
            for (size_t i = 0; i < nt; i++) {
                ccdk_value *o = ccdk__v_obj(app);
                ccdk__v_set(o, "Key", ccdk__v_from_string(app, e[i].key));
                if (e[i].value)
                    ccdk__v_set(o, "Value", ccdk__v_from_string(app, e[i].value));
                ccdk__v_push(l, o);
            }
            ccdk__v_set(pt, "ExplicitTags", l);
        }
        ccdk__v_set(pt, "Mode", ccdk__v_str(app, props->propagate_tags.mode_));
        ccdk__res_set(r, "PropagateTags", pt);
    }
    if (props->log_group || props->system_log_level) {
        ccdk_value *lc = ccdk__v_obj(app);
        if (props->log_group)
            ccdk__v_set(lc, "LogGroup", ccdk__v_from_string(app, ccdk_logs_log_group_name(props->log_group)));
        static const char *const levels[] = {NULL, "INFO", "DEBUG", "WARN"};
        if (props->system_log_level > 0 && props->system_log_level <= CCDK_LAMBDA_SYSTEM_LOG_LEVEL_WARN)
            ccdk__v_set(lc, "SystemLogLevel", ccdk__v_str(app, levels[props->system_log_level]));
        ccdk_value *tc = ccdk__v_obj(app);
        ccdk__v_set(tc, "LoggingConfig", lc);
        ccdk__res_set(r, "TelemetryConfig", tc);
    }
    ccdk_value *vpc = ccdk__v_obj(app);
    ccdk_value *sgs = ccdk__v_list(app), *subs = ccdk__v_list(app);
    size_t nsg = CCDK__LEN(props->security_groups, "security_groups");
    for (size_t i = 0; i < nsg; i++)
        ccdk__v_push(sgs, ccdk__v_from_string(app, ccdk_ec2_security_group_id(props->security_groups.items[i])));
    size_t nsub = CCDK__LEN(props->subnets, "subnets");
    for (size_t i = 0; i < nsub; i++)
        ccdk__v_push(subs, ccdk__v_from_string(app, ccdk_ec2_subnet_id(props->subnets.items[i])));
    ccdk__v_set(vpc, "SecurityGroupIds", sgs);
    ccdk__v_set(vpc, "SubnetIds", subs);
    ccdk__res_set(r, "VpcConfig", vpc);
    cp->name = ccdk_cfn_resource_ref(r);
    cp->arn = ccdk_cfn_resource_get_att(r, "Arn");
    return cp;
}

/* Arn.split(arn, ArnFormat.COLON_RESOURCE_NAME).resourceName: NULL when there is none */
static const char *colon_resource_name(ccdk__node *owner, const char *arn)
{
    ccdk_app *app = owner->app;
    if (ccdk__is_unresolved(arn) && strncmp(arn, "arn:", 4))
        return ccdk__arn_component(owner, arn, 6);
    if (!ccdk__arn_check(owner, arn))
        return NULL;
    const char *res = ccdk__arn_component(owner, arn, 5); /* the 6th component and what follows */
    size_t tlen = strcspn(res, ":");
    const char *rest = res[tlen] == ':' ? res + tlen + 1 : NULL;
    const char *type = ccdk__strndup(app, res, tlen);
    const char *slash = strchr(type, '/');
    if (slash == type)
        slash = strchr(type + 1, '/');
    const char *name = slash ? slash + 1 : NULL;
    if (rest) /* `resourceName ? resourceName += ":" : resourceName = ""`: an empty name gets no colon */
        name = name && *name ? ccdk__sprintf(app, "%s:%s", name, rest) : rest;
    return name;
}

ccdk_lambda_capacity_provider *ccdk_lambda_capacity_provider_from_capacity_provider_arn(void *scope, const char *id,
                                                                                       const char *capacity_provider_arn)
{
    ccdk_lambda_capacity_provider *cp = ccdk__construct(ccdk_lambda_capacity_provider, &kind_import, scope, id);
    ccdk_app *app = cp->node.app;
    if (!capacity_provider_arn) {
        ccdk__error(cp, "capacityProviderArn is required");
        cp->name = cp->arn = "";
        return cp;
    }
    /* class Import's field initializers run after super(): the construct exists before the ARN is split */
    cp->name = colon_resource_name(&cp->node, capacity_provider_arn);
    cp->arn = ccdk__keep(app, capacity_provider_arn);
    return cp;
}

ccdk_lambda_capacity_provider *ccdk_lambda_capacity_provider_from_capacity_provider_attributes(
    void *scope, const char *id, const ccdk_lambda_capacity_provider_attributes *attrs)
{
    return ccdk_lambda_capacity_provider_from_capacity_provider_arn(scope, id, attrs ? attrs->capacity_provider_arn : NULL);
}

ccdk_lambda_capacity_provider *ccdk_lambda_capacity_provider_from_capacity_provider_name(void *scope, const char *id,
                                                                                        const char *capacity_provider_name)
{
    ccdk__node *s = ccdk__scope(scope);
    const char *arn = s->stack ? ccdk_stack_format_arn(s->stack, "lambda", "capacity-provider", ":",
                                                       capacity_provider_name ? capacity_provider_name : "")
                               : NULL;
    return ccdk_lambda_capacity_provider_from_capacity_provider_arn(scope, id, arn);
}

const char *ccdk_lambda_capacity_provider_name(ccdk_lambda_capacity_provider *cp)
{
    return ccdk__handle_ok(cp, __func__) ? cp->name : NULL;
}

const char *ccdk_lambda_capacity_provider_arn(ccdk_lambda_capacity_provider *cp)
{
    return ccdk__handle_ok(cp, __func__) ? cp->arn : NULL;
}

ccdk_cfn_resource *ccdk_lambda_capacity_provider_resource(ccdk_lambda_capacity_provider *cp)
{
    return ccdk__handle_ok(cp, __func__) ? cp->resource : NULL;
}

/* ------------------------------------------------------------------ addFunction */

/* validateFunctionScalingConfig: 0, or -1 after aws-cdk-lib's error on the provider */
static int validate_scaling(ccdk_lambda_capacity_provider *cp, ccdk_opt_num min, ccdk_opt_num max)
{
    ccdk_app *app = cp->node.app;
    int min_defined = min.set && !min.token, max_defined = max.set && !max.token;
    if (min_defined && (min.value < 0 || min.value > 15000)) {
        ccdk__error(cp, "minExecutionEnvironments must be between 0 and 15000, but was %s.", ccdk__num_string(app, min.value));
        return -1;
    }
    if (max_defined && (max.value < 0 || max.value > 15000)) {
        ccdk__error(cp, "maxExecutionEnvironments must be between 0 and 15000, but was %s.", ccdk__num_string(app, max.value));
        return -1;
    }
    if (min_defined && max_defined && min.value > max.value) {
        ccdk__error(cp, "minExecutionEnvironments must be less than or equal to maxExecutionEnvironments.");
        return -1;
    }
    return 0;
}

void ccdk_lambda_capacity_provider_add_function(ccdk_lambda_capacity_provider *cp, ccdk_lambda_function *fn,
                                                const ccdk_lambda_capacity_provider_function_options *options)
{
    if (!ccdk__target_ok(cp, __func__) || !ccdk__handle_ok(fn, __func__))
        return;
    ccdk_app *app = cp->node.app;
    static const ccdk_lambda_capacity_provider_function_options none = {0};
    const ccdk_lambda_capacity_provider_function_options *o = options ? options : &none;
    /* Annotations.of(func).addInfoV2(...) */
    ccdk_annotations_add_info(fn, "Capacity provider configuration cannot be removed from a function, only modified. "
                                  "[ack: aws-lambda:Function.CapacityProviderConfiguration]");
    ccdk_cfn_resource *r = fn->resource;
    if (!r) { /* func.node.defaultChild is undefined for an import */
        ccdk__error(cp, "Cannot set properties of undefined (setting 'publishToLatestPublished')");
        return;
    }
    /* cfnFunction.publishToLatestPublished = options?.publishToLatestPublished: not given clears it */
    if (o->publish_to_latest_published.ccdk_tristate_value_)
        ccdk__res_set(r, "PublishToLatestPublished", ccdk__v_bool(app, ccdk__tri_true(o->publish_to_latest_published)));
    else if (r->props)
        ccdk__v_del(r->props, "PublishToLatestPublished");
    ccdk_value *lmi = ccdk__v_obj(app);
    ccdk__v_set(lmi, "CapacityProviderArn", ccdk__v_from_string(app, cp->arn));
    if (o->execution_environment_memory_gib_per_v_cpu.set)
        ccdk__v_set(lmi, "ExecutionEnvironmentMemoryGiBPerVCpu", ccdk__v_opt_num(app, o->execution_environment_memory_gib_per_v_cpu));
    if (o->per_execution_environment_max_concurrency.set)
        ccdk__v_set(lmi, "PerExecutionEnvironmentMaxConcurrency",
                    ccdk__v_opt_num(app, o->per_execution_environment_max_concurrency));
    ccdk_value *cpc = ccdk__v_obj(app);
    ccdk__v_set(cpc, "LambdaManagedInstancesCapacityProviderConfig", lmi);
    ccdk__res_set(r, "CapacityProviderConfig", cpc);
    ccdk_opt_num min = o->latest_published_scaling_config.min_execution_environments;
    ccdk_opt_num max = o->latest_published_scaling_config.max_execution_environments;
    if (min.set || max.set) {
        if (validate_scaling(cp, min, max) < 0)
            return;
        ccdk_value *fs = ccdk__v_obj(app);
        if (max.set)
            ccdk__v_set(fs, "MaxExecutionEnvironments", ccdk__v_opt_num(app, max));
        if (min.set)
            ccdk__v_set(fs, "MinExecutionEnvironments", ccdk__v_opt_num(app, min));
        ccdk__res_set(r, "FunctionScalingConfig", fs);
    }
}
