/* refs.c - cross-stack references, as aws-cdk-lib's resolveReferences (core/lib/private/refs.ts)
 * does them while it prepares the app: every reference of one stack's template to an element of
 * another stack becomes an Output of the producer and, in the consumer, an Fn::ImportValue of its
 * export (a "strong" reference, the default) or an Fn::GetStackOutput ("weak", what `cdk init`'s
 * @aws-cdk/core:defaultCrossStackReferences gives); the consumer then depends on the producer.
 *
 * aws-cdk-lib finds the references by resolving each element's template fragment (findTokens), in
 * the order of the construct tree and, within a resource, of its cfnProperties (resolved before
 * they are rendered: the L1's property order and, in structs an L2 builds, the L2's key order):
 * ccdk renders each element once with app->xref_collect set (resolve.c records each reference and
 * renders a marker for it; cfn.c puts a resource's properties in that order, tree.json's), reads
 * the markers in the order of the rendered fragment, throws the render away, and resolves the
 * references in that order here. */
#include <stdlib.h>
#include <string.h>

#include "synth.h"

static const ccdk__kind kind_scope = {.fqn = "constructs.Construct"};

/* the child `id` of the stack (Exports, Publish), a plain Construct made on first use */
static ccdk__node *scope_child(ccdk_stack *s, const char *id)
{
    ccdk__node *n = ccdk__node_find_child(&s->node, id);
    if (!n)
        n = ccdk__construct_at(&s->node, &kind_scope, id, sizeof(ccdk__node));
    return n;
}

/* JSON.stringify(producer.resolve(reference)): {"Ref":"X"} or {"Fn::GetAtt":["X","Attr"]} */
static const char *reference_json(ccdk_app *app, ccdk_stack *producer, ccdk__node *target, const char *attr)
{
    ccdk__resolve_ctx ctx = {app, producer, 0, 0, NULL};
    /* aws-cdk-lib's this.resolve(exportable): a logical id overridden by an uncached Lazy (the
     * hashed id of fn.currentVersion) is produced now, so the output's id has the hash of the
     * function as it is when the reference is resolved (cfn.c) */
    int was = app->resolve_user;
    app->resolve_user = 1;
    ccdk_value *v = ccdk__resolve(&ctx, attr ? ccdk__v_getatt(app, target, attr) : ccdk__v_ref(app, target));
    app->resolve_user = was;
    ccdk__buf b = {0};
    ccdk__json_write(&b, v, 0);
    const char *s = ccdk__strndup(app, b.data ? b.data : "", b.len);
    ccdk__buf_free(&b);
    return s;
}

/* the CfnOutput `id` under scope (made on first use, as exportValue's tryFindChild) */
static ccdk__node *output(ccdk_app *app, ccdk__node *scope, const char *id, ccdk__node *target, const char *attr,
                          const char *export_name, const char *description)
{
    ccdk__node *o = ccdk__node_find_child(scope, id);
    if (!o) {
        ccdk_cfn_output_props p = {.value_json = attr ? ccdk__v_getatt(app, target, attr) : ccdk__v_ref(app, target),
                                   .export_name = export_name, .description = description};
        o = (ccdk__node *)ccdk_cfn_output_new((ccdk_construct *)scope, id, &p);
    }
    return o;
}

/* STRING_LIST_REFERENCE_DELIMITER: a list reference's value crosses stacks as one string */
#define LIST_DELIMITER "||"

void ccdk__mark_list_attribute(ccdk__node *target, const char *attr)
{
    ccdk_app *app = target->app;
    ccdk__list_attr *l = ccdk__alloc(app, sizeof *l);
    *l = (ccdk__list_attr){target, ccdk__keep(app, attr), app->list_attrs};
    app->list_attrs = l;
}

/* a reference of the STRING_LIST type hint: the Ref of a CfnParameter of a list type, or an
 * attribute marked as a list (ccdk__mark_list_attribute) */
static int list_reference(ccdk__node *target, const char *attr)
{
    if (!attr)
        return ccdk__parameter_is_list(target);
    for (const ccdk__list_attr *l = target->app->list_attrs; l; l = l->next)
        if (l->target == target && !strcmp(l->attr, attr))
            return 1;
    return 0;
}

/* Fn.join("||", v) / Fn.split("||", v) */
static ccdk_value *list_fn(ccdk_app *app, const char *fn, ccdk_value *v)
{
    ccdk_value *args = ccdk__v_list(app);
    ccdk__v_push(args, ccdk__v_str(app, LIST_DELIMITER));
    ccdk__v_push(args, v);
    return ccdk__v_intrinsic(app, fn, args);
}

/* the CfnOutput `id` under scope of a list reference (a list parameter's Ref, or `attr` of target
 * read as a list): its value joined (exportStringListValue) */
static ccdk__node *list_output_of(ccdk_app *app, ccdk__node *scope, const char *id, ccdk__node *target, const char *attr,
                                  const char *export_name, const char *description)
{
    ccdk__node *o = ccdk__node_find_child(scope, id);
    if (!o) {
        ccdk_value *ref = attr ? ccdk__v_getatt(app, target, attr) : ccdk__v_ref(app, target);
        ccdk_cfn_output_props p = {.value_json = list_fn(app, "Fn::Join", ref),
                                   .export_name = export_name, .description = description};
        o = (ccdk__node *)ccdk_cfn_output_new((ccdk_construct *)scope, id, &p);
    }
    return o;
}

/* Stack.exportValue(reference): Exports/Output{...} with the export name generateExportName gives
 * (@aws-cdk/core:stackRelativeExports is always on in v2); the consumer's Fn::ImportValue */
static ccdk_value *import_value_as(ccdk_app *app, ccdk_stack *producer, ccdk__node *target, const char *attr,
                                   const char *description, int as_list)
{
    ccdk__node *exports = scope_child(producer, "Exports");
    const char *id = ccdk__sprintf(app, "Output%s", reference_json(app, producer, target, attr));
    const char *components[2] = {"Exports", id};
    const char *local = ccdk__make_unique_id(app, components, 2);
    const char *prefix = producer->stack_name;
    size_t pl = strlen(prefix) + 1, ll = strlen(local);
    size_t skip = ll + pl > 255 ? ll + pl - 255 : 0;
    const char *name = ccdk__sprintf(app, "%s:%s", prefix, local + (skip < ll ? skip : ll));
    if (as_list || list_reference(target, attr)) { /* exportStringListValue */
        list_output_of(app, exports, id, target, attr, name, description);
        return list_fn(app, "Fn::Split", ccdk__v_intrinsic(app, "Fn::ImportValue", ccdk__v_str(app, name)));
    }
    output(app, exports, id, target, attr, name, description);
    return ccdk__v_intrinsic(app, "Fn::ImportValue", ccdk__v_str(app, name));
}

static ccdk_value *import_value(ccdk_app *app, ccdk_stack *producer, ccdk__node *target, const char *attr,
                                const char *description)
{
    return import_value_as(app, producer, target, attr, description, 0);
}

/* createGetStackOutput(reference) in the same environment: Publish/Output{...} without an export;
 * the consumer's {"Fn::GetStackOutput": {StackName, Region, OutputName}} */
static ccdk_value *get_stack_output(ccdk_app *app, ccdk_stack *producer, ccdk__node *target, const char *attr)
{
    ccdk__node *publish = scope_child(producer, "Publish");
    const char *id = ccdk__sprintf(app, "Output%s", reference_json(app, producer, target, attr));
    int list = list_reference(target, attr);
    ccdk__node *o = list ? list_output_of(app, publish, id, target, attr, NULL, NULL)
                         : output(app, publish, id, target, attr, NULL, NULL);
    ccdk_value *arg = ccdk__v_obj(app);
    ccdk__v_set(arg, "StackName", ccdk__v_str(app, producer->stack_name));
    ccdk__v_set(arg, "Region", ccdk__v_from_string(app, ccdk__stack_is_env_agnostic_region(producer) ? ccdk_aws_region(producer)
                                                                                                   : producer->region));
    ccdk__v_set(arg, "OutputName", ccdk__v_str(app, ccdk__element_logical_id(o)));
    ccdk_value *gso = ccdk__v_intrinsic(app, "Fn::GetStackOutput", arg);
    return list ? list_fn(app, "Fn::Split", gso) : gso;
}

/* The GetStackOutputRole's principal, produced at render (aws-cdk-lib's Lazy.any over its Set of
 * consumers): one {"Fn::Sub": arn}, or a list of them */
static ccdk_value *gso_principal(void *ctx)
{
    ccdk_value *arns = ctx;
    ccdk_app *app = arns->app;
    size_t n = arns->u.list.n;
    if (n == 1)
        return ccdk__v_intrinsic(app, "Fn::Sub", arns->u.list.items[0]);
    ccdk_value *list = ccdk__v_list(app);
    for (size_t i = 0; i < n; i++)
        ccdk__v_push(list, ccdk__v_intrinsic(app, "Fn::Sub", arns->u.list.items[i]));
    return list;
}

/* {"Version": "2012-10-17", "Statement": [statement]} */
static ccdk_value *policy_document(ccdk_app *app, ccdk_value *statement)
{
    ccdk_value *statements = ccdk__v_list(app);
    ccdk__v_push(statements, statement);
    ccdk_value *doc = ccdk__v_obj(app);
    ccdk__v_set(doc, "Version", ccdk__v_str(app, "2012-10-17"));
    ccdk__v_set(doc, "Statement", statements);
    return doc;
}

/* createGetStackOutput(reference, {consumerRoleArn, producerAccount, producerRegion,
 * producerStackArn}) for a consumer of another account: Publish/Output{...} of the value, a
 * Publish/GetStackOutputRole (RoleName: its unique resource name) that the consumers'
 * CloudFormation execution roles may assume, a Publish/GetStackOutputPolicy giving it
 * cloudformation:DescribeStacks on the producer stack; the consumer's {"Fn::GetStackOutput":
 * {StackName, Region, RoleArn, OutputName}}. */
static ccdk_value *get_stack_output_cross_account(ccdk_app *app, ccdk_stack *consumer, ccdk_stack *producer,
                                                  ccdk__node *target, const char *attr, const char *producer_account,
                                                  const char *producer_region)
{
    ccdk__node *publish = scope_child(producer, "Publish");
    const char *id = ccdk__sprintf(app, "Output%s", reference_json(app, producer, target, attr));
    ccdk__node *o = output(app, publish, id, target, attr, NULL, NULL);
    const char *consumer_role = ccdk__stack_specialize(app, consumer, consumer->syn_exec_role);
    const char *partition = ccdk__stack_partition(producer);
    ccdk__node *role = ccdk__node_find_child(publish, "GetStackOutputRole");
    int made = !role;
    if (made) {
        producer->gso_consumers = ccdk__v_list(app);
        ccdk_value *principal = ccdk__v_obj(app);
        ccdk__v_set(principal, "AWS", ccdk__v_lazy(app, gso_principal, producer->gso_consumers));
        ccdk_value *statement = ccdk__v_obj(app);
        ccdk__v_set(statement, "Effect", ccdk__v_str(app, "Allow"));
        ccdk__v_set(statement, "Principal", principal);
        ccdk_value *actions = ccdk__v_list(app);
        ccdk__v_push(actions, ccdk__v_str(app, "sts:AssumeRole"));
        ccdk__v_set(statement, "Action", actions);
        ccdk_value *props = ccdk__v_obj(app);
        ccdk__v_set(props, "AssumeRolePolicyDocument", policy_document(app, statement));
        ccdk_cfn_resource *r = ccdk_cfn_resource_new((ccdk_construct *)publish, "GetStackOutputRole", "AWS::IAM::Role", props);
        role = (ccdk__node *)r;
    }
    const char *role_name = ccdk__unique_resource_name(role, 64, "");
    if (made)
        ccdk_cfn_resource_add_property_override((ccdk_cfn_resource *)role, "RoleName", ccdk__v_str(app, role_name));
    /* the consumers are a Set: one entry per execution role */
    ccdk_value *arns = producer->gso_consumers;
    int known = 0;
    for (size_t i = 0; i < arns->u.list.n && !known; i++)
        known = !strcmp(arns->u.list.items[i]->u.str.s, consumer_role);
    if (!known)
        ccdk__v_push(arns, ccdk__v_str(app, consumer_role));
    const char *role_arn = ccdk__sprintf(app, "arn:%s:iam::%s:role/%s", partition, producer_account, role_name);
    if (!ccdk__node_find_child(publish, "GetStackOutputPolicy")) {
        ccdk_value *roles = ccdk__v_list(app);
        ccdk__v_push(roles, ccdk__v_ref(app, role));
        ccdk_value *statement = ccdk__v_obj(app);
        ccdk__v_set(statement, "Effect", ccdk__v_str(app, "Allow"));
        ccdk__v_set(statement, "Action", ccdk__v_str(app, "cloudformation:DescribeStacks"));
        ccdk__v_set(statement, "Resource",
                    ccdk__v_from_string(app, ccdk__sprintf(app, "arn:%s:cloudformation:%s:%s:stack/%s/*", partition,
                                                           producer_region, producer_account, producer->stack_name)));
        ccdk_value *props = ccdk__v_obj(app);
        ccdk__v_set(props, "Roles", roles);
        ccdk__v_set(props, "PolicyDocument", policy_document(app, statement));
        ccdk_cfn_resource *p = ccdk_cfn_resource_new((ccdk_construct *)publish, "GetStackOutputPolicy", "AWS::IAM::Policy", props);
        ccdk_cfn_resource_add_property_override(p, "PolicyName",
                                                ccdk__v_str(app, ccdk__unique_resource_name((ccdk__node *)p, 128, "")));
    }
    ccdk_value *arg = ccdk__v_obj(app);
    ccdk__v_set(arg, "StackName", ccdk__v_str(app, producer->stack_name));
    ccdk__v_set(arg, "Region", ccdk__v_str(app, producer_region));
    ccdk__v_set(arg, "RoleArn", ccdk__v_from_string(app, role_arn));
    ccdk__v_set(arg, "OutputName", ccdk__v_str(app, ccdk__element_logical_id(o)));
    return ccdk__v_intrinsic(app, "Fn::GetStackOutput", arg);
}

/* isNested(nested, parent): parent is one of the stacks nested is nested in */
static int is_nested_in(const ccdk_stack *nested, const ccdk_stack *parent)
{
    for (const ccdk_stack *p = nested->nested_parent; p; p = p->nested_parent)
        if (p == parent)
            return 1;
    return 0;
}

/* reference.displayName: the attribute, "Ref", or for stack.stackId (a reference to the stack)
 * its pseudo parameter's name */
static const char *display_name(const ccdk__node *target, const char *attr)
{
    return attr ? attr : target->kind->is_stack ? "AWS::StackId" : "Ref";
}

/* generateUniqueId(stack, reference, prefix): `${prefix}${Names.nodeUniqueId(target)}${displayName}` */
static const char *nested_ref_id(ccdk_app *app, const char *prefix, ccdk__node *target, const char *attr)
{
    return ccdk__sprintf(app, "%s%s%s", prefix, ccdk__node_unique_id(target), display_name(target, attr));
}

/* The displayName of the reference to a nested stack's output: aws-cdk-lib names the attribute
 * `Outputs.${output.logicalId}` before the id is resolved, so its messages (a dependency cycle's
 * reason, a cross-environment reference) print the logical id's token, whose key is CfnElement's
 * display hint: `${notTooLong(path)}.LogicalID`, the characters a token key cannot hold made '.'.
 * The number is one of ccdk's (aws-cdk-lib's counts its process's tokens from a random start). */
static const char *nested_output_display(ccdk_app *app, ccdk__node *o)
{
    const char *path = o->path;
    size_t len = strlen(path);
    /* notTooLong: under 100 characters as it is, else the first and the last 47 around "..." (JS
     * counts UTF-16 units; a path of non-ASCII ids is cut at other places here) */
    const char *hint = len < 100 ? ccdk__strdup(app, path) : ccdk__sprintf(app, "%.47s...%s", path, path + len - 47);
    char *h = (char *)hint;
    for (char *c = h; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || *c == ':' ||
              *c == '.' || *c == '_' || *c == '-'))
            *c = '.';
    /* "${Token[TOKEN.<n>]}": the output's logical id as a token of ccdk's, for its number */
    const char *tok = ccdk__element_logical_id_token(o);
    const char *num = strrchr(tok, '.') + 1;
    return ccdk__sprintf(app, "Outputs.${Token[%s.LogicalID.%.*s]}", h, (int)strcspn(num, "]"), num);
}

/* createNestedStackOutput(producer, reference): an Output of the nested stack, read in its parent
 * as the resource's {"Fn::GetAtt": [<resource>, "Outputs.<output>"]} (returned), and the display
 * name of that reference (*display, unless NULL). as_list: the reference is a list (its typeHint),
 * its value joined with "||" (the attribute of the nested stack's resource has no hint: the
 * caller splits what it reads) */
static const char *nested_output(ccdk_app *app, ccdk_stack *producer, ccdk__node *target, const char *attr, int as_list,
                                 const char **display)
{
    const char *id = nested_ref_id(app, "", target, attr);
    ccdk__node *o = as_list ? list_output_of(app, &producer->node, id, target, attr, NULL, NULL)
                            : output(app, &producer->node, id, target, attr, NULL, NULL);
    if (display)
        *display = nested_output_display(app, o);
    return ccdk__sprintf(app, "Outputs.%s", ccdk__element_logical_id(o));
}

/* createNestedStackParameter(nested, reference, value): a String parameter of the nested stack
 * ("reference-to-<...>"), to which its resource in the parent passes value; its Ref */
static ccdk_value *nested_parameter(ccdk_app *app, ccdk_stack *nested, ccdk__node *target, const char *attr,
                                    ccdk_value *value)
{
    const char *id = nested_ref_id(app, "reference-to-", target, attr);
    ccdk__node *p = ccdk__node_find_child(&nested->node, id);
    if (!p) {
        ccdk_cfn_parameter_props pp = {.type = "String"};
        p = (ccdk__node *)ccdk_cfn_parameter_new(nested, id, &pp);
        /* nested.setParameter(param.logicalId, Token.asString(value)) */
        ccdk__v_set(nested->nested->parameters, ccdk__element_logical_id(p), value);
    }
    return ccdk__v_ref(app, p);
}

static ccdk_value *resolve_value_(ccdk_app *app, ccdk_stack *consumer, ccdk__node *target, const char *attr,
                                  const char *attr_display, int *warned);

/* resolveValue(consumer, reference): the value the consumer renders; NULL after an error */
static ccdk_value *resolve_value(ccdk_app *app, ccdk__xref *x, int *warned)
{
    return resolve_value_(app, x->consumer, x->target, x->attr, NULL, warned);
}

/* crossStackReferenceStrength(consumer): @aws-cdk/core:defaultCrossStackReferences as the
 * consumer's node sees it (its own context, its parents', the App's: a stack's
 * node.setContext, or a nested stack's, counts for what it consumes), checked; NULL when not
 * given. 0 after the error of a bad value. */
static int consumer_strength(ccdk_app *app, ccdk_stack *consumer, const char **strength)
{
    *strength = NULL;
    ccdk_value *sv = ccdk__node_context(&consumer->node, "@aws-cdk/core:defaultCrossStackReferences");
    if (!sv || sv->kind == CCDK__V_NULL || sv->kind == CCDK__V_UNDEF)
        return 1;
    const char *v = ccdk__js_string(app, sv);
    if (strcmp(v, "strong") && strcmp(v, "weak") && strcmp(v, "both")) {
        ccdk__unscoped_error(app,
                             "Invalid value for @aws-cdk/core:defaultCrossStackReferences: \"%s\". Must be \"strong\", "
                             "\"weak\", or \"both\".",
                             v);
        return 0;
    }
    *strength = v;
    return 1;
}

/* attr_display: the reference's display name where it is not attr's (a nested stack's output) */
static ccdk_value *resolve_value_(ccdk_app *app, ccdk_stack *consumer, ccdk__node *target, const char *attr,
                                  const char *attr_display, int *warned)
{
    /* the strength is the consumer's, looked up (and checked) first, for every consumer met --
     * a nested stack's parent included */
    const char *strength = NULL;
    /* strengthOverride ?? resourceStrength ?? crossStackReferenceStrength(consumer): the target's
     * applyCrossStackReferenceStrength, else the context (looked up only then) */
    if (target->kind->element == CCDK__EL_RESOURCE && ((ccdk_cfn_resource *)target)->xref_strength)
        strength = ((ccdk_cfn_resource *)target)->xref_strength;
    else if (!consumer_strength(app, consumer, &strength))
        return NULL;
    ccdk_stack *producer = target->stack;
    if (producer == consumer)
        return attr ? ccdk__v_getatt(app, target, attr) : ccdk__v_ref(app, target);
    /* a nested stack reads what one of its parents has through a parameter, passed down from the
     * value its parent reads */
    if (consumer->nested_parent && is_nested_in(consumer, producer)) {
        ccdk_value *v = resolve_value_(app, consumer->nested_parent, target, attr, attr_display, warned);
        return v ? nested_parameter(app, consumer, target, attr, v) : NULL;
    }
    /* what a nested stack has is read through its output, an attribute of its resource */
    if (producer->nested_parent) {
        /* a list (an attribute of the STRING_LIST hint) crosses joined, and is split where it is
         * read: Fn.split("||", the value the output's attribute resolves to) */
        int list = list_reference(target, attr);
        const char *out_display;
        const char *out = nested_output(app, producer, target, attr, list, &out_display);
        ccdk_value *v = resolve_value_(app, consumer, &producer->nested->resource->el.node, out, out_display, warned);
        return v && list ? list_fn(app, "Fn::Split", v) : v;
    }
    ccdk__xref xr = {consumer, target, attr, NULL, 0}, *x = &xr;
    const char *pa = ccdk__stack_is_env_agnostic_account(producer) ? "unknown-account" : producer->account;
    const char *pr = ccdk__stack_is_env_agnostic_region(producer) ? "unknown-region" : producer->region;
    const char *ca = ccdk__stack_is_env_agnostic_account(consumer) ? "unknown-account" : consumer->account;
    const char *cr = ccdk__stack_is_env_agnostic_region(consumer) ? "unknown-region" : consumer->region;
    const char *display = attr_display ? attr_display : display_name(x->target, x->attr);
    /* once per app, on the first consumer met without a strength or with "both" (one that says
     * "strong" or "weak" leaves the warning to a later consumer) */
    if (!*warned) {
        /* the context's strength (a resource's own does not count here), checked again */
        const char *cs;
        if (!consumer_strength(app, consumer, &cs))
            return NULL;
        *warned = !cs || !strcmp(cs, "both");
        if (!cs)
            ccdk__warning(consumer, "@aws-cdk/core:crossStackReferencesDefaultStrong",
                          "No cross-stack-reference strength configured, defaulting to \"strong\". We recommend you set "
                          "feature flag \"@aws-cdk/core:defaultCrossStackReferences\" to \"both\", then deploy everywhere, "
                          "then set it to \"weak\". Alternatively, set it to \"strong\" explicitly to lock in the current "
                          "producer-protecting behavior. (See: "
                          "https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/README.md#reference-strength)");
        else if (!strcmp(cs, "both"))
            ccdk__warning(consumer, "@aws-cdk/core:crossStackReferencesBothTransitional",
                          "Feature flag \"@aws-cdk/core:defaultCrossStackReferences\" currently set to \"both\". This is a "
                          "transitory state. After you have finished deploying this application everywhere, set it to "
                          "\"weak\". (See: https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/README.md#reference-strength)");
    }
    if (strcmp(pa, ca)) {
        /* cross-account references are always weak (no dependency): Fn::GetStackOutput through a
         * role of the producer that the consumer's CloudFormation execution role assumes */
        if (!strength || !strcmp(strength, "strong"))
            ccdk__warning(consumer, "@aws-cdk/core:crossAccountRefsAreAlwaysWeak",
                          "Strong references requested, but cross-account references can only be weak. Acknowledge "
                          "this warning or set \"@aws-cdk/core:defaultCrossStackReferences\" to \"weak\" to remove this "
                          "message.");
        if (!consumer->syn_exec_role) {
            ccdk__unscoped_error(app,
                                 "Stack \"%s\" cannot reference {%s[%s]} in stack \"%s\". Could not find a CloudFormation "
                                 "execution role for the consumer stack. Use a stack synthesizer that provides a "
                                 "CloudFormation execution role, such as DefaultStackSynthesizer (that uses the role from "
                                 "the bootstrap stack), or one that you can customize, such as BootstraplessSynthesizer.",
                                 consumer->node.path, x->target->path, display, producer->node.path);
            return NULL;
        }
        if (!strcmp(pr, "unknown-region") || !strcmp(cr, "unknown-region")) {
            ccdk__unscoped_error(app,
                                 "Stack \"%s\" cannot reference {%s[%s]} in stack \"%s\". Cross stack/region references are "
                                 "only supported for stacks with an explicit region defined. ",
                                 consumer->node.path, x->target->path, display, producer->node.path);
            return NULL;
        }
        return get_stack_output_cross_account(app, consumer, producer, x->target, x->attr, pa, pr);
    }
    if (strcmp(pr, cr)) {
        if (!strcmp(pr, "unknown-region") || !strcmp(cr, "unknown-region")) {
            ccdk__unscoped_error(app,
                                 "Stack \"%s\" cannot reference {%s[%s]} in stack \"%s\". Cross stack/region references are "
                                 "only supported for stacks with an explicit region defined. ",
                                 consumer->node.path, x->target->path, display, producer->node.path);
            return NULL;
        }
        /* the same account, another region: the consumer depends on the producer; "strong" reads
         * the value from an SSM parameter the producer's ExportWriter writes in the consumer's
         * region (createCrossRegionImportValue); "both" writes it too but, like "weak", reads the
         * producer's output with Fn::GetStackOutput (no role: the same account) */
        if (!ccdk__stack_add_stack_dependency(consumer, producer,
                                        ccdk__sprintf(app, "%s -> %s.%s", consumer->node.path, x->target->path, display)))
            return NULL;
        int strong = !strength || !strcmp(strength, "strong");
        if (strong || !strcmp(strength, "both")) {
            const char *id = reference_json(app, producer, x->target, x->attr);
            ccdk_value *v = ccdk__cross_region_export(producer, consumer, x->target, x->attr, id, !strong);
            if (strong) {
                /* a nested consumer: a parameter passed the value its top parent's reader has */
                if (v && consumer->nested_parent)
                    return nested_parameter(app, consumer, v->u.ref.target, v->u.ref.attr, v);
                return v;
            }
        }
        return get_stack_output(app, producer, x->target, x->attr);
    }
    if (!ccdk__stack_add_stack_dependency(consumer, producer,
                                    ccdk__sprintf(app, "%s -> %s.%s", consumer->node.path, x->target->path, display)))
        return NULL;
    if (!strength || !strcmp(strength, "strong"))
        return import_value(app, producer, x->target, x->attr, NULL);
    if (!strcmp(strength, "both"))
        import_value(app, producer, x->target, x->attr, NULL);
    return get_stack_output(app, producer, x->target, x->attr);
}

/* The elements of the stack in tree order, as synth.c walks them (not cached: outputs come). */
static ccdk__node **elements_of(ccdk_stack *s, size_t *n)
{
    ccdk__node **els = NULL;
    size_t cap = 0;
    *n = 0;
    ccdk__collect_elements(&s->node, 0, &els, n, &cap);
    return els;
}

/* the order in which the collecting render met the references */
typedef struct {
    size_t *order, norder, caporder;
    unsigned char *seen;
} found_refs;

static void find_markers(const ccdk_value *v, size_t *order, size_t *norder, unsigned char *seen, size_t nxrefs);

/* Renders the elements under n in tree order -- those of a nested stack met on the way with the
 * nested stack as consumer, as aws-cdk-lib's depth-first walk over the whole tree meets them --
 * and notes the references each meets first. Other stacks under n are walked on their own. */
/* Renders the element n (in ctx's stack, with app->xref_collect set) and notes the references it
 * meets first. */
static void collect_element(ccdk_app *app, ccdk__resolve_ctx *ctx, ccdk__node *n, found_refs *f)
{
    if (!(ctx->el = n, ccdk__element_scan_foreign(n, ctx) != 0))
        return; /* (an element whose scan finds nothing that can reference another stack has no marker) */
    ccdk_value *tpl = ccdk__v_obj(app);
    size_t before = app->nxrefs;
    n->kind->render(n, ctx, tpl);
    if (app->nxrefs != before) { /* else no new reference: nothing to order */
        if (app->nxrefs > f->caporder) {
            /* one element can bring many new references at once (a policy naming a function of
             * each of several stacks): grow until all fit, not by one doubling */
            size_t old = f->caporder;
            while (f->caporder < app->nxrefs)
                f->order = ccdk__grow(f->order, &f->caporder, sizeof *f->order, 16);
            f->seen = realloc(f->seen, f->caporder);
            if (!f->seen)
                abort();
            memset(f->seen + old, 0, f->caporder - old);
        }
        find_markers(tpl, f->order, &f->norder, f->seen, app->nxrefs);
    }
}

static void collect_tree(ccdk_app *app, ccdk__resolve_ctx *ctx, ccdk__node *n, found_refs *f)
{
    if (n->kind->element)
        collect_element(app, ctx, n, f);
    for (size_t i = 0; i < n->nchildren; i++) {
        ccdk__node *c = n->children[i];
        if (!c->kind->is_stack) {
            collect_tree(app, ctx, c, f);
        } else if (((ccdk_stack *)c)->nested_parent && !c->detached) {
            ccdk_stack *ns = (ccdk_stack *)c;
            ccdk__resolve_ctx sub = {app, ns, 0, 0, NULL};
            app->cur_stack = ns;
            collect_tree(app, &sub, c, f);
            ns->rendered = NULL;
            app->cur_stack = ctx->stack;
        }
    }
}

/* the references' markers in v, in order: each index once into order[] */
static void find_markers(const ccdk_value *v, size_t *order, size_t *norder, unsigned char *seen, size_t nxrefs)
{
    switch (v->kind) {
    case CCDK__V_STR:
        for (const char *p = v->u.str.s; (p = strstr(p, "\001xref:")); p++) {
            size_t i = strtoul(p + 6, NULL, 10);
            if (i < nxrefs && !seen[i]) {
                seen[i] = 1;
                order[(*norder)++] = i;
            }
        }
        break;
    case CCDK__V_LIST:
        for (size_t i = 0; i < v->u.list.n; i++)
            find_markers(v->u.list.items[i], order, norder, seen, nxrefs);
        break;
    case CCDK__V_OBJ:
        for (size_t i = 0; i < v->u.obj.n; i++)
            find_markers(v->u.obj.e[i].val, order, norder, seen, nxrefs);
        break;
    default:
        break;
    }
}

/* Whether any element of the app could hold a cross-stack reference: each element's values are
 * scanned (ccdk__element_scan_foreign: nothing built) and the kinds the scan does not know are
 * rendered as the collecting pass would render them. Most apps have none, and then the collecting
 * render -- as costly as the template render itself -- is not needed at all. */
static int any_foreign_reference(ccdk_app *app)
{
    size_t nerrors = app->nerrors, nxrefs = app->nxrefs;
    int found = 0;
    for (size_t i = 0; !found && i < app->nstacks; i++) {
        ccdk_stack *s = app->stacks[i];
        if (s->node.detached)
            continue;
        size_t n;
        ccdk__node **els = elements_of(s, &n);
        ccdk__scratch_begin(app);
        ccdk__resolve_ctx ctx = {app, s, 0, 0, NULL};
        app->cur_stack = s;
        for (size_t k = 0; !found && k < n; k++) {
            ctx.el = els[k];
            int f = ccdk__element_scan_foreign(els[k], &ctx);
            if (f < 0) {
                app->xref_collect = 1;
                els[k]->kind->render(els[k], &ctx, ccdk__v_obj(app));
                app->xref_collect = 0;
                f = app->nxrefs > nxrefs;
            }
            found = f;
        }
        app->cur_stack = NULL;
        ccdk__scratch_end(app);
        free(els);
    }
    /* what the renders met is met again, in order, by the collecting pass or the template render */
    for (size_t i = nerrors; i < app->nerrors; i++)
        free(app->errors[i]);
    app->nerrors = nerrors;
    if (app->nxrefs != nxrefs) {
        app->nxrefs = nxrefs;
        free(app->xref_slots); /* its entries past nxrefs are gone: rebuilt on the next lookup */
        app->xref_slots = NULL;
        app->nxref_slots = 0;
    }
    return found;
}

/* findAllReferences resolves every element of every stack once before any template is rendered:
 * a producer that changes the tree (ccdk__v_lazy_effectful: version.edgeArn's Lambda@Edge check)
 * has changed it for every template, and for the logical ids computed after prepare. Here the
 * values are scanned, producing each lazy; what a producer throws is met again by the render. */
static void produce_lazies(ccdk_app *app)
{
    size_t nerrors = app->nerrors;
    app->produce_all = 1;
    for (size_t i = 0; i < app->nstacks; i++) {
        ccdk_stack *s = app->stacks[i];
        if (s->node.detached)
            continue;
        size_t n;
        ccdk__node **els = elements_of(s, &n);
        ccdk__scratch_begin(app);
        ccdk__resolve_ctx ctx = {app, s, 0, 0, NULL};
        app->cur_stack = s;
        for (size_t k = 0; k < n; k++) {
            ctx.el = els[k];
            ccdk__element_scan_foreign(els[k], &ctx); /* (the kinds it does not scan hold no such lazy) */
        }
        app->cur_stack = NULL;
        ccdk__scratch_end(app);
        free(els);
    }
    app->produce_all = 0;
    for (size_t i = nerrors; i < app->nerrors; i++)
        free(app->errors[i]);
    app->nerrors = nerrors;
}

static void resolve_found(ccdk_app *app, found_refs *fr, size_t nerrors);

/* the nearest Stage above n, or the App */
static ccdk__node *assembly_of(ccdk__node *n)
{
    ccdk__node *p = n->parent;
    while (p && p->parent && !ccdk__is_stage(p))
        p = p->parent;
    return p ? p : n;
}

/* synthNestedAssemblies: the Stages under n, each after the Stages under it, in the order of the
 * children */
static void assemblies_in_synth_order(ccdk__node *n, ccdk__node ***out, size_t *nout, size_t *cap)
{
    for (size_t i = 0; i < n->nchildren; i++) {
        ccdk__node *c = n->children[i];
        assemblies_in_synth_order(c, out, nout, cap);
        if (ccdk__is_stage(c)) {
            if (*nout == *cap)
                *out = ccdk__grow(*out, cap, sizeof **out, 8);
            (*out)[(*nout)++] = c;
        }
    }
}

void ccdk__resolve_references(ccdk_app *app)
{
    if (app->effectful_lazies)
        produce_lazies(app);
    if (app->nstacks < 2 || !any_foreign_reference(app))
        return;
    /* findAllReferences: render each stack and throw the render away; an error met while doing so
     * is aws-cdk-lib's throw there (resolve_found keeps it and resolves nothing). resolve.c skips the UTF-8 checks meanwhile,
     * and only an element that met a new reference is searched for markers: with both, the pass
     * costs ~5 % of a 1,000-function, 10-stack synth (it was ~45 %). */
    size_t nerrors = app->nerrors;
    found_refs f = {0};
    /* the assemblies in the order aws-cdk-lib synthesizes them: each Stage's nested Stages before
     * its own stacks, the App last. Stacks of different assemblies never reference each other, but
     * the App-wide "No cross-stack-reference strength" warning goes to the first consumer met */
    size_t nasm = 0, capasm = 0;
    ccdk__node **asms = NULL;
    assemblies_in_synth_order(&app->node, &asms, &nasm, &capasm);
    if (nasm == capasm)
        asms = ccdk__grow(asms, &capasm, sizeof *asms, 8);
    asms[nasm++] = &app->node;
    /* each stack's assembly, found once (a climb each) */
    size_t nstacks = app->nstacks; /* the stacks there are now (a render adds none) */
    ccdk__node **asm_of = malloc((nstacks ? nstacks : 1) * sizeof *asm_of);
    if (!asm_of)
        abort();
    for (size_t i = 0; i < nstacks; i++) {
        ccdk_stack *s = app->stacks[i];
        /* a nested stack is met inside its parent */
        asm_of[i] = s->node.detached || s->nested_parent ? NULL : assembly_of(&s->node);
    }
    app->xref_collect = 1;
    for (size_t a = 0; a < nasm; a++)
        for (size_t i = 0; i < nstacks; i++) {
            ccdk_stack *s = app->stacks[i];
            if (asm_of[i] != asms[a])
                continue;
            ccdk__scratch_begin(app);
            ccdk__resolve_ctx ctx = {app, s, 0, 0, NULL};
            app->cur_stack = s;
            collect_tree(app, &ctx, &s->node, &f);
            app->cur_stack = NULL;
            s->rendered = NULL;
            ccdk__scratch_end(app);
        }
    free(asm_of);
    free(asms);
    app->xref_collect = 0;
    resolve_found(app, &f, nerrors);
}

/* The references found (f), in the order met, then those whose marker did not reach a template:
 * each given the value its consumer renders (resolveValue). */
static void resolve_found(ccdk_app *app, found_refs *fr, size_t nerrors)
{
    found_refs f = *fr;
    size_t *order = f.order, norder = f.norder, caporder = f.caporder;
    unsigned char *seen = f.seen;
    /* a reference whose marker did not reach the template (a hash input, say) still counts, last */
    for (size_t i = 0; i < app->nxrefs; i++)
        if (i >= f.caporder || !seen[i]) {
            if (norder == caporder)
                order = ccdk__grow(order, &caporder, sizeof *order, 16);
            order[norder++] = i;
        }
    free(seen);
    if (app->nerrors > nerrors) {
        /* findAllReferences throws what it meets resolving an element (a cross-environment use of
         * a resource without a physical name, say) before resolveValue sees any reference: the
         * first error stays (the throw: the elements after it are not resolved), and no reference
         * is resolved (each is failed: no second message per use) */
        for (size_t i = nerrors + 1; i < app->nerrors; i++)
            free(app->errors[i]);
        app->nerrors = nerrors + 1;
        for (size_t i = 0; i < app->nxrefs; i++)
            if (!app->xrefs[i].value)
                app->xrefs[i].failed = 1;
        free(order);
        return;
    }
    if (!app->nxrefs) {
        free(order);
        return;
    }
    /* the mapping copies first: aws-cdk-lib's embedders make them while findAllReferences resolves
     * the elements, before any reference becomes an export */
    size_t references = 0;
    for (size_t i = 0; i < norder; i++) {
        ccdk__xref *x = &app->xrefs[order[i]];
        if (x->attr != ccdk__mapping_copy_attr) {
            references++;
        } else if (!x->value) {
            ccdk__arena cur;
            ccdk__persistent_enter(app, &cur);
            x->value = ccdk__v_new(app, CCDK__V_LOGICAL_ID);
            x->value->u.ref.target = ccdk__mapping_copy(x->consumer, x->target);
            ccdk__persistent_leave(app, &cur);
        }
    }
    int warned = 0;
    size_t before = app->nerrors;
    for (size_t i = 0; references && i < norder; i++) {
        ccdk__xref *x = &app->xrefs[order[i]];
        if (!x->value && !x->failed) {
            x->value = resolve_value(app, x, &warned);
            x->failed = !x->value;
        }
        if (app->nerrors > before)
            break; /* resolveReferences throws the first reference's error: the rest are not met */
    }
    free(order);
    /* the outputs are new elements: the stacks' element lists are collected again */
    for (size_t i = 0; i < app->nstacks; i++) {
        free(app->stacks[i]->dfs_elements);
        app->stacks[i]->dfs_elements = NULL;
        app->stacks[i]->ndfs_elements = 0;
    }
}

void ccdk__resolve_references_in(ccdk_app *app, ccdk__node *const *els, size_t n)
{
    if (app->nstacks < 2)
        return;
    size_t nerrors = app->nerrors;
    found_refs f = {0};
    app->xref_collect = 1;
    for (size_t i = 0; i < n; i++) {
        ccdk_stack *s = els[i]->stack;
        if (els[i]->detached || !s || !els[i]->kind->element)
            continue;
        ccdk__scratch_begin(app);
        ccdk__resolve_ctx ctx = {app, s, 0, 0, NULL};
        app->cur_stack = s;
        collect_element(app, &ctx, els[i], &f);
        app->cur_stack = NULL;
        s->rendered = NULL;
        ccdk__scratch_end(app);
    }
    app->xref_collect = 0;
    resolve_found(app, &f, nerrors);
}

/* resolveExportedValue: the resource attribute a token of exported_value (a string or list token) is,
 * as a reference of `stack` (through its nested stacks' outputs); 0, with aws-cdk-lib's error, when
 * it is none */
static int exported_reference(ccdk_stack *stack, const char *exported_value, ccdk__node **target_out, const char **attr_out)
{
    ccdk_app *app = stack->node.app;
    ccdk_value *v = exported_value ? ccdk__token_lookup(app, exported_value) : NULL;
    if (v && v->kind == CCDK__V_STR) /* a list token of an attribute's string (Token.asList of it) */
        v = ccdk__token_lookup(app, v->u.str.s);
    if (!v || (v->kind != CCDK__V_REF && v->kind != CCDK__V_GETATT)) {
        ccdk__error(stack, "exportValue: either supply 'name' or make sure to export a resource attribute (like "
                           "'bucket.bucketName')");
        return 0;
    }
    /* getExportable: the target's logical id is locked (no overrideLogicalId after this); what
     * a nested stack of this one has is read through its outputs */
    ccdk__node *target = v->u.ref.target;
    const char *attr = v->kind == CCDK__V_GETATT ? v->u.ref.attr : NULL;
    if (target->kind->element)
        ((ccdk__element *)target)->logical_id_locked = 1;
    ccdk_stack *cur = target->stack;
    if (cur != stack && !is_nested_in(cur, stack)) {
        ccdk__unscoped_error(app, "Referenced resource must be in stack '%s', got '%s'", stack->node.path, target->path);
        return 0;
    }
    while (cur != stack) {
        attr = nested_output(app, cur, target, attr, 0, NULL);
        target = &cur->nested->resource->el.node;
        cur = target->stack;
    }
    if (stack->nested_parent) {
        /* a nested stack's name is a token: so is the export name aws-cdk-lib generates */
        scope_child(stack, "Exports");
        const char *components[2] = {"Exports", ccdk__sprintf(app, "Output%s", reference_json(app, stack, target, attr))};
        ccdk__error(stack, "unresolved token in generated export name: {\"Fn::Join\":[\"\",[{\"Ref\":\"AWS::StackName\"},\":%s\"]]}",
                    ccdk__make_unique_id(app, components, 2));
        return 0;
    }
    *target_out = target;
    *attr_out = attr;
    return 1;
}

static ccdk_stack *export_stack(ccdk_stack *stack, const char *func)
{
    ccdk__node *n = ccdk__node_of(stack);
    if (!n || !n->kind->is_stack) {
        ccdk__process_error("%s: the stack is not a stack handle", func);
        return NULL;
    }
    return stack;
}

const char *ccdk_stack_export_value(ccdk_stack *stack, const char *exported_value, const ccdk_stack_export_value_options *o)
{
    if (!export_stack(stack, __func__))
        return "";
    ccdk_app *app = stack->node.app;
    const char *name = o ? o->name : NULL;
    const char *description = o ? o->description : NULL;
    if (name) {
        /* new CfnOutput(this, `Export${name}`, {value, exportName: name, description}) */
        ccdk_cfn_output_props p = {.value = exported_value ? exported_value : "", .export_name = name,
                                   .description = description};
        ccdk_cfn_output_new(stack, ccdk__sprintf(app, "Export%s", name), &p);
        return ccdk__token_str(app, ccdk__v_intrinsic(app, "Fn::ImportValue", ccdk__v_str(app, name)));
    }
    ccdk__node *target;
    const char *attr;
    /* Tokenization.reverse of a string reads string tokens only: a list token is no reference */
    if (!exported_reference(stack, exported_value && !ccdk__has_list_marker(exported_value) ? exported_value : NULL, &target,
                            &attr))
        return "";
    return ccdk__token_str(app, import_value(app, stack, target, attr, description));
}

ccdk_strs ccdk_stack_export_string_list_value(ccdk_stack *stack, ccdk_strs exported_value,
                                              const ccdk_stack_export_value_options *o)
{
    ccdk_strs none = {0};
    if (!export_stack(stack, __func__))
        return none;
    ccdk_app *app = stack->node.app;
    const char *name = o ? o->name : NULL;
    const char *description = o ? o->description : NULL;
    const char *const *list = CCDK__NT(app, exported_value, "exportStringListValue's value");
    if (name) {
        /* new CfnOutput(this, `Export${name}`, {value: Fn.join("||", exportedValue), exportName: name,
         * description}); Fn.split("||", Fn.importValue(name)) */
        if (!list || !*list) {
            ccdk__unscoped_error(app, "FnJoin requires at least one value to be provided");
            return none;
        }
        ccdk_value *join = ccdk__v_new(app, CCDK__V_JOIN);
        join->u.join.delim = LIST_DELIMITER;
        join->u.join.list = ccdk__v_strlist(app, list);
        ccdk_cfn_output_props p = {.value = ccdk__token_str(app, join), .export_name = name, .description = description};
        ccdk_cfn_output_new(stack, ccdk__sprintf(app, "Export%s", name), &p);
        return ccdk_token_as_list(list_fn(app, "Fn::Split", ccdk__v_intrinsic(app, "Fn::ImportValue", ccdk__v_str(app, name))));
    }
    /* resolveExportedValue(exportedValue): Tokenization.reverse of a list, which is a reference only
     * as one list token (a list parameter's valueAsList, Token.asList of an attribute): a string token
     * alone in the list is none (lookupList reads list tokens only) */
    ccdk__node *target;
    const char *attr;
    if (!exported_reference(stack, list && list[0] && !list[1] && ccdk__has_list_marker(list[0]) ? list[0] : NULL, &target,
                            &attr))
        return none;
    return ccdk_token_as_list(import_value_as(app, stack, target, attr, description, 1));
}

/* the stacks from s's top-level stack down to s; their number */
static size_t stack_chain(ccdk_stack *s, ccdk_stack **out, size_t cap)
{
    size_t n = 0;
    for (ccdk_stack *p = s; p; p = p->nested_parent)
        n++;
    size_t k = n;
    for (ccdk_stack *p = s; p; p = p->nested_parent)
        if (--k < cap)
            out[k] = p;
    return n;
}

/* dispatchDependencyOperation between stacks of which one is nested: 1 when it is done here (a
 * dependency between nested stacks of one stack is one between their resources; on a parent, an
 * error), 0 when it is one between their top-level stacks */
static int nested_dependency(ccdk_stack *stack, ccdk_stack *target)
{
    if (stack == target)
        return 1;
    ccdk_stack *src[64], *tgt[64];
    size_t ns = stack_chain(stack, src, 64), nt = stack_chain(target, tgt, 64);
    if (ns > 64 || nt > 64)
        return 0;
    size_t shared = 0; /* sharedDependencyContainerIndex + 1 */
    while (shared < ns && shared < nt && src[shared] == tgt[shared])
        shared++;
    if (shared == 0)
        return 0;
    if (shared == nt) { /* validateNoParentChildDependency */
        ccdk__unscoped_error(stack->node.app, "'%s' cannot depend on parent %s '%s'", stack->node.path,
                             target->nested_parent ? "nested-stack" : "stack", target->node.path);
        return 1;
    }
    if (shared < ns) /* two nested stacks under one: their resources */
        ccdk__res_add_depends(src[shared]->nested->resource, &tgt[shared]->nested->resource->el.node);
    return 1;
}

void ccdk_stack_add_dependency(ccdk_stack *stack, ccdk_stack *target)
{
    if (!ccdk__target_ok(stack, __func__) || !ccdk__arg_handle_ok(target, __func__, "target"))
        return;
    ccdk__node *a = ccdk__node_of(stack), *b = ccdk__node_of(target);
    if (a && b && a->kind->is_stack && b->kind->is_stack && (stack->nested_parent || target->nested_parent) &&
        a->app == b->app && nested_dependency(stack, target))
        return;
    if (a && b && a->kind->is_stack && b->kind->is_stack)
        ccdk__stack_add_stack_dependency(stack, target,
                                         ccdk__sprintf(a->app, "<%s>.addStackDependency(<%s>)", a->path, b->path));
}

size_t ccdk_stack_dependency_count(const ccdk_stack *stack)
{
    return ccdk__handle_ok(stack, __func__) ? stack->nstack_deps : 0;
}

ccdk_stack *ccdk_stack_dependency(const ccdk_stack *stack, size_t i)
{
    return ccdk__handle_ok(stack, __func__) && i < stack->nstack_deps ? stack->stack_deps[i] : NULL;
}
