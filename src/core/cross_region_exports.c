/* cross_region_exports.c - the ExportWriter and ExportReader of aws-cdk-lib's strong references
 * between regions (core/lib/custom-resource-provider/cross-region-export-providers): the producer
 * stack's Custom::CrossRegionExportWriter writes each value into an SSM parameter
 * /cdk/exports/<consumer>/<id> of the consumer's region, the consumer's
 * Custom::CrossRegionExportReader reads them back and its attributes replace the references.
 * Each has the stack's one provider of its type, a CustomResourceProvider (a Role and a Handler
 * function whose code is an asset: custom_resource_provider.c) with aws-cdk-lib's logical ids and
 * properties. The handlers' Node.js code is ccdk's own (src/core/cross-region-ssm-{writer,reader}-handler/
 * with src/core/cr-entrypoint/, tested by tests/handlers/cross-region-exports.test.js, embedded by
 * scripts/gen-log-retention-handler.py), so only the assets' hashes differ from aws-cdk-lib's. */
#include <string.h>

#include "synth.h"

extern const ccdk__memfile ccdk__core_ssm_writer_handler_files[];
extern const size_t ccdk__core_ssm_writer_handler_nfiles;
extern const ccdk__memfile ccdk__core_ssm_reader_handler_files[];
extern const size_t ccdk__core_ssm_reader_handler_nfiles;

#define SSM_EXPORT_PATH_PREFIX "cdk/exports/"

typedef struct {
    ccdk__cr_provider base;
    ccdk_value *arns; /* the writer's: the SSM parameter ARNs (a Set) */
} provider;

typedef struct {
    ccdk__node node;
    provider *provider;
    ccdk_value *map; /* the writer's exports, the reader's imports (Maps: insertion order) */
    ccdk_cfn_resource *resource;
} exporter;

static const ccdk__kind kind_writer_provider = {.fqn = "aws-cdk-lib.CustomResourceProviderBase", .class_name = "CRProvider"};
static const ccdk__kind kind_reader_provider = {.fqn = "aws-cdk-lib.CustomResourceProviderBase",
                                                .class_name = "CrossRegionSsmReaderProvider"};
static const ccdk__kind kind_custom_resource = {.fqn = "aws-cdk-lib.CustomResource", .class_name = "CustomResource2"};
static const ccdk__kind kind_writer = {.fqn = "constructs.Construct", .class_name = "ExportWriter"};
static const ccdk__kind kind_reader = {.fqn = "constructs.Construct", .class_name = "ExportReader"};

/* new CustomResourceProviderBase(stack, id, {codeDirectory, runtimeName, policyStatements}) of the
 * generated Cross Region SSM provider class: Staging, Role and Handler */
static provider *provider_new(ccdk_stack *stack, const ccdk__kind *kind, const char *id, const ccdk__memfile *files,
                              size_t nfiles)
{
    void *scope = stack;
    provider *p = ccdk__construct(provider, kind, scope, id);
    ccdk__cr_provider_init(&p->base, &(ccdk__cr_provider_props){.files = files, .nfiles = nfiles});
    return p;
}

/* new CustomResource(scope, 'Resource', {resourceType, serviceToken, properties: {<key>: props}}) */
static ccdk_cfn_resource *custom_resource(exporter *e, const char *type, const char *key, ccdk_value *props)
{
    ccdk_app *app = e->node.app;
    void *scope = e;
    ccdk__node *cr = ccdk__construct(ccdk__node, &kind_custom_resource, scope, "Resource");
    ccdk_cfn_resource *r = ccdk__cfn_resource_new(cr, "Default", type, &ccdk__kind_cfn_resource);
    ccdk_value *p = ccdk__v_obj(app);
    ccdk__v_set(p, "ServiceToken", ccdk__v_getatt(app, &e->provider->base.handler->el.node, "Arn"));
    ccdk__v_set(p, key, props);
    r->props = p;
    ccdk_cfn_resource_apply_removal_policy(r, CCDK_REMOVAL_POLICY_DESTROY);
    return r;
}

/* ExportWriter.addRegionToPolicy(region): the provider's resourceArns (a Set) gets the region's
 * ARN of the ssm parameters cdk/exports/<anything> */
static void add_region_to_policy(exporter *w, const char *region)
{
    ccdk_app *app = w->node.app;
    const char *arn = ccdk__format_arn(w->node.stack, "ssm", region, "parameter", NULL, SSM_EXPORT_PATH_PREFIX "*");
    ccdk_value *arns = w->provider->arns;
    for (size_t i = 0; i < arns->u.list.n; i++)
        if (!strcmp(arns->u.list.items[i]->u.str.s, arn))
            return;
    ccdk__v_push(arns, ccdk__v_from_string(app, arn));
}

/* ExportWriter.getOrCreate(stack, id, {region}) */
static exporter *writer_get_or_create(ccdk_stack *stack, const char *id, const char *region)
{
    ccdk_app *app = stack->node.app;
    /* (aws-cdk-lib would call exportValue on whatever construct has the id: a TypeError) */
    int taken;
    ccdk__node *found = ccdk__stack_singleton(stack, id, &kind_writer, &taken);
    if (found || taken)
        return (exporter *)found;
    void *scope = stack;
    exporter *w = ccdk__construct(exporter, &kind_writer, scope, id);
    /* CRProvider.getOrCreateProvider(this, 'Custom::CrossRegionExportWriter') */
    const char *pid = "Custom::CrossRegionExportWriterCustomResourceProvider";
    provider *p = (provider *)ccdk__stack_singleton(stack, pid, &kind_writer_provider, &taken);
    if (taken)
        return NULL;
    if (!p) {
        p = provider_new(stack, &kind_writer_provider, pid, ccdk__core_ssm_writer_handler_files,
                         ccdk__core_ssm_writer_handler_nfiles);
        /* CRProvider's constructor: addToRolePolicy with its Set of ARNs, rendered as a list */
        p->arns = ccdk__v_list(app);
        ccdk_value *s = ccdk__v_obj(app);
        ccdk__v_set(s, "Effect", ccdk__v_str(app, "Allow"));
        ccdk__v_set(s, "Resource", p->arns);
        ccdk_value *actions = ccdk__v_list(app);
        static const char *const acts[] = {"ssm:DeleteParameters", "ssm:ListTagsForResource", "ssm:GetParameters",
                                           "ssm:PutParameter"};
        for (size_t i = 0; i < 4; i++)
            ccdk__v_push(actions, ccdk__v_str(app, acts[i]));
        ccdk__v_set(s, "Action", actions);
        ccdk__v_push(p->base.statements, s);
    }
    w->provider = p;
    add_region_to_policy(w, region);
    w->map = ccdk__v_obj(app);
    ccdk_value *props = ccdk__v_obj(app);
    ccdk__v_set(props, "region", ccdk__v_from_string(app, region));
    ccdk__v_set(props, "exports", w->map);
    w->resource = custom_resource(w, "Custom::CrossRegionExportWriter", "WriterProps", props);
    return w;
}

/* ExportReader.getOrCreate(stack, 'ExportsReader') */
static exporter *reader_get_or_create(ccdk_stack *stack)
{
    ccdk_app *app = stack->node.app;
    const char *id = "ExportsReader"; /* makeUniqueId(['ExportsReader']): one component, as it is */
    /* (aws-cdk-lib would call exportValue on whatever construct has the id: a TypeError) */
    int taken;
    ccdk__node *found = ccdk__stack_singleton(stack, id, &kind_reader, &taken);
    if (found || taken)
        return (exporter *)found;
    void *scope = stack;
    exporter *r = ccdk__construct(exporter, &kind_reader, scope, id);
    const char *pid = "Custom::CrossRegionExportReaderCustomResourceProvider";
    provider *p = (provider *)ccdk__stack_singleton(stack, pid, &kind_reader_provider, &taken);
    if (taken)
        return NULL;
    if (!p) {
        p = provider_new(stack, &kind_reader_provider, pid, ccdk__core_ssm_reader_handler_files,
                         ccdk__core_ssm_reader_handler_nfiles);
        ccdk_value *s = ccdk__v_obj(app);
        ccdk__v_set(s, "Effect", ccdk__v_str(app, "Allow"));
        ccdk__v_set(s, "Resource",
                    ccdk__v_from_string(app, ccdk__format_arn(stack, "ssm", NULL, "parameter", NULL,
                                                              ccdk__sprintf(app, SSM_EXPORT_PATH_PREFIX "%s/*",
                                                                            stack->stack_name))));
        ccdk_value *actions = ccdk__v_list(app);
        static const char *const acts[] = {"ssm:AddTagsToResource", "ssm:RemoveTagsFromResource", "ssm:GetParameters"};
        for (size_t i = 0; i < 3; i++)
            ccdk__v_push(actions, ccdk__v_str(app, acts[i]));
        ccdk__v_set(s, "Action", actions);
        ccdk__v_push(p->base.statements, s);
    }
    r->provider = p;
    r->map = ccdk__v_obj(app);
    ccdk_value *props = ccdk__v_obj(app);
    ccdk__v_set(props, "region", ccdk__v_from_string(app, ccdk_stack_region(stack)));
    ccdk__v_set(props, "prefix", ccdk__v_str(app, stack->stack_name));
    ccdk__v_set(props, "imports", r->map);
    r->resource = custom_resource(r, "Custom::CrossRegionExportReader", "ReaderProps", props);
    return r;
}

ccdk_value *ccdk__cross_region_export(ccdk_stack *producer, ccdk_stack *consumer, ccdk__node *target, const char *attr,
                                      const char *id, int write_only)
{
    ccdk_app *app = producer->node.app;
    /* generateExportName(importStack, reference, id) */
    const char *components[3] = {producer->stack_name, producer->region, id};
    const char *local = ccdk__make_unique_id(app, components, 3);
    const char *prefix = ccdk__sprintf(app, "%s/", consumer->nested_parent ? consumer->nested_parent->stack_name
                                                                           : consumer->stack_name);
    size_t ll = strlen(local), pl = strlen(prefix);
    size_t skip = ll + pl > 900 ? ll + pl - 900 : 0;
    const char *export_name = ccdk__sprintf(app, "%s%s", prefix, local + (skip < ll ? skip : ll));
    /* getOrCreateExportWriter: ExportWriter.getOrCreate(producer, makeUniqueId(['ExportsWriter', region])) */
    const char *wc[2] = {"ExportsWriter", consumer->region};
    exporter *w = writer_get_or_create(producer, ccdk__make_unique_id(app, wc, 2), consumer->region);
    if (!w)
        return NULL;
    /* registerExport: the parameter's value is the reference, resolved in the producer */
    const char *name = ccdk__sprintf(app, "/" SSM_EXPORT_PATH_PREFIX "%s", export_name);
    ccdk__v_set(w->map, name, attr ? ccdk__v_getatt(app, target, attr) : ccdk__v_ref(app, target));
    add_region_to_policy(w, consumer->region);
    if (write_only)
        return NULL;
    /* addToExportReader: the consumer's (or its top parent's) ExportReader imports the dynamic
     * reference {{resolve:ssm:<name>}}, and its attribute <name> is the value */
    exporter *r = reader_get_or_create(consumer->nested_parent ? consumer->nested_parent : consumer);
    if (!r)
        return NULL;
    add_region_to_policy(w, consumer->region);
    ccdk__v_set(r->map, name, ccdk__v_str(app, ccdk__sprintf(app, "{{resolve:ssm:%s}}", name)));
    return ccdk__v_getatt(app, &r->resource->el.node, name);
}
