/* layers.c - lambda.LayerVersion (layers.js): CfnLayerVersion, layer permissions, imports; the
 * layer objects behind a function's Layers (for sorting and for the currentVersion hash). */
#include <stdlib.h>
#include <string.h>

#include "ccdk/lambda_versions.h"
#include "lambda_internal.h"

static const ccdk__kind kind_layer = {.fqn = "aws-cdk-lib.aws_lambda.LayerVersion", .class_name = "LayerVersion2"};
static const ccdk__kind kind_layer_import = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};


static const ccdk_lambda_runtime **copy_runtimes(ccdk_app *app, const ccdk_lambda_runtime *const *rts, int *n)
{
    int k = 0;
    while (rts[k])
        k++;
    const ccdk_lambda_runtime **c = ccdk__alloc(app, (size_t)(k + 1) * sizeof *c);
    for (int i = 0; i < k; i++)
        c[i] = rts[i];
    *n = k;
    return c;
}

ccdk_lambda_layer_version *ccdk_lambda_layer_version_new(void *scope, const char *id, const ccdk_lambda_layer_version_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_lambda_layer_version *l = ccdk__alloc(app, sizeof *l);
    ccdk__node_init(&l->node, &kind_layer, scope, id);
    static const ccdk_lambda_layer_version_props empty;
    if (!props)
        props = &empty;
    const ccdk_lambda_runtime *const *runtimes = CCDK__NT(app, props->compatible_runtimes, "compatibleRuntimes");
    const ccdk_lambda_architecture *const *archs = CCDK__NT(app, props->compatible_architectures, "compatibleArchitectures");
    if (runtimes && !runtimes[0]) {
        ccdk__error(l, "Attempted to define a Lambda layer that supports no runtime!");
        return l;
    }
    for (size_t i = 0; runtimes && runtimes[i]; i++)
        ccdk__runtime_join(runtimes[i]);
    if (!props->code) {
        ccdk__error(l, "code is required");
        return l;
    }
    ccdk_value *content = ccdk__code_bind(props->code, &l->node, NULL, "Content", 1);
    if (props->code->kind == CCDK__CODE_INLINE)
        return l; /* "Inline code is not supported for AWS Lambda layers" was recorded by the bind */
    if (props->code->image || !props->code->kind) { /* a DockerImageCode or a config (ccdk_lambda_code_new) without s3Location */
        ccdk__error(l, "Code must define an S3 location");
        return l;
    }
    ccdk_cfn_resource *r = ccdk__l1(l, "Resource", "AWS::Lambda::LayerVersion", "aws-cdk-lib.aws_lambda.CfnLayerVersion");
    l->resource = r;
    if (runtimes && props->compatible_runtimes.items != (const ccdk_lambda_runtime *const *)ccdk_lambda_runtime_all) {
        l->compatible_runtimes = copy_runtimes(app, runtimes, &l->ncompatible);
        ccdk_value *names = ccdk__v_list(app);
        for (int i = 0; i < l->ncompatible; i++)
            ccdk__v_push(names, ccdk__v_str(app, l->compatible_runtimes[i]->name));
        ccdk__res_set(r, "CompatibleRuntimes", names);
    } else if (runtimes) {
        l->compatible_runtimes = copy_runtimes(app, runtimes, &l->ncompatible);
    }
    if (archs) {
        ccdk_value *a = ccdk__v_list(app);
        for (size_t i = 0; archs[i]; i++)
            ccdk__v_push(a, ccdk__v_str(app, archs[i]->name));
        ccdk__res_set(r, "CompatibleArchitectures", a);
    }
    ccdk__res_set(r, "Content", content);
    if (props->description)
        ccdk__res_set(r, "Description", ccdk__v_from_string(app, props->description));
    /* layerName: this.physicalName. layerVersionArn is the plain Ref (no getResourceArnAttribute), so
     * a PhysicalName.GENERATE_IF_NEEDED name is never made: no LayerName, as aws-cdk-lib renders it */
    if (props->layer_version_name && !ccdk__is_generate_if_needed(props->layer_version_name))
        ccdk__res_set(r, "LayerName", ccdk__v_from_string(app, props->layer_version_name));
    if (props->license)
        ccdk__res_set(r, "LicenseInfo", ccdk__v_from_string(app, props->license));
    if (props->removal_policy)
        ccdk_cfn_resource_apply_removal_policy(r, props->removal_policy);
    ccdk__code_bind_to_resource(props->code, r, "Content");
    l->arn = ccdk_cfn_resource_ref(r);
    return l;
}

ccdk_lambda_layer_version *ccdk_lambda_layer_version_from_layer_version_attributes(
    void *scope, const char *id, const ccdk_lambda_layer_version_attributes *attrs)
{
    ccdk_app *app = ccdk__app_of(scope);
    const ccdk_lambda_runtime *const *runtimes = attrs ? CCDK__NT(app, attrs->compatible_runtimes, "compatibleRuntimes") : NULL;
    if (runtimes && !runtimes[0])
        ccdk__error(scope, "Attempted to import a Lambda layer that supports no runtime!");
    ccdk_lambda_layer_version *l = ccdk__alloc(app, sizeof *l);
    ccdk__node_init(&l->node, &kind_layer_import, scope, id);
    if (!attrs || !attrs->layer_version_arn) {
        ccdk__error(l, "layerVersionArn is required");
        l->arn = "";
        return l;
    }
    l->arn = ccdk__strdup(app, attrs->layer_version_arn);
    if (attrs->compatible_runtimes.items == (const ccdk_lambda_runtime *const *)ccdk_lambda_runtime_all)
        l->all_runtimes = 1; /* compatibleRuntimes: Runtime.ALL, the array itself (it grows) */
    if (runtimes && runtimes[0])
        l->compatible_runtimes = copy_runtimes(app, runtimes, &l->ncompatible);
    return l;
}

const ccdk_lambda_runtime **ccdk__layer_runtimes(ccdk_app *app, ccdk_lambda_layer_version *l)
{
    int n;
    return l->all_runtimes ? ccdk__runtime_all_now(app, &n) : l->compatible_runtimes;
}

ccdk_lambda_layer_version *ccdk_lambda_layer_version_from_layer_version_arn(void *scope, const char *id, const char *arn)
{
    (void)ccdk__app_of(scope); /* a bad scope is recorded under this function's name */
    /* compatibleRuntimes: Runtime.ALL (ccdk_lambda_runtime_all is in aws-cdk-lib's order) */
    ccdk_lambda_layer_version_attributes a = {.layer_version_arn = arn, .compatible_runtimes = ccdk_lambda_runtime_all_list()};
    return ccdk_lambda_layer_version_from_layer_version_attributes(scope, id, &a);
}

const char *ccdk_lambda_layer_version_arn(ccdk_lambda_layer_version *l) { return ccdk__handle_ok(l, __func__) ? l->arn : NULL; }
ccdk_cfn_resource *ccdk_lambda_layer_version_resource(ccdk_lambda_layer_version *l) { return ccdk__handle_ok(l, __func__) ? l->resource : NULL; }

void ccdk_lambda_layer_version_add_permission(ccdk_lambda_layer_version *l, const char *id,
                                              const ccdk_lambda_layer_version_permission *p)
{
    if (!ccdk__target_ok(l, __func__) || !ccdk__arg_ok(id, __func__, "id") || !ccdk__arg_ok(p, __func__, "permission"))
        return;
    ccdk_app *app = l->node.app;
    if (p->organization_id && !ccdk__str_eq(p->account_id, "*")) {
        ccdk__error(l, "OrganizationId can only be specified if AwsAccountId is '*', but it is %s",
                    p->account_id ? p->account_id : "undefined");
        return;
    }
    ccdk_cfn_resource *r = ccdk__l1(l, id, "AWS::Lambda::LayerVersionPermission",
                                           "aws-cdk-lib.aws_lambda.CfnLayerVersionPermission");
    ccdk__res_set(r, "Action", ccdk__v_str(app, "lambda:GetLayerVersion"));
    ccdk__res_set(r, "LayerVersionArn", ccdk__v_from_string(app, l->arn));
    if (p->account_id)
        ccdk__res_set(r, "Principal", ccdk__v_from_string(app, p->account_id));
    if (p->organization_id)
        ccdk__res_set(r, "OrganizationId", ccdk__v_from_string(app, p->organization_id));
}

/* JSON.stringify(runtime): what the layer hash of an imported layer serialises. */
ccdk_value *ccdk__runtime_value(ccdk_app *app, const ccdk_lambda_runtime *rt)
{
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, "name", ccdk__v_str(app, rt->name));
    ccdk__v_set(o, "supportsInlineCode", ccdk__v_bool(app, rt->supports_inline_code));
    ccdk__v_set(o, "supportsCodeGuruProfiling", ccdk__v_bool(app, rt->supports_code_guru_profiling));
    ccdk__v_set(o, "supportsSnapStart", ccdk__v_bool(app, rt->supports_snap_start));
    if (rt->family != CCDK_LAMBDA_FAMILY_NONE)
        ccdk__v_set(o, "family", ccdk__v_num(app, (double)rt->family));
    const char *img = ccdk__runtime_bundling_image(app, rt);
    ccdk__v_set(o, "bundlingDockerImage", ccdk__v_str(app, img));
    ccdk__v_set(o, "bundlingImage", ccdk__v_str(app, img));
    ccdk__v_set(o, "isVariable", ccdk__v_bool(app, rt->is_variable));
    return o;
}

ccdk_lambda_runtime_list ccdk_lambda_runtime_all_list(void)
{
    size_t n = 0;
    while (ccdk_lambda_runtime_all[n])
        n++;
    return (ccdk_lambda_runtime_list){&ccdk__list_mark, ccdk_lambda_runtime_all, n};
}
