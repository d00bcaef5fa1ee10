/* adot.c - Function prop adotInstrumentation (lambda.AdotInstrumentationConfig):
 * Function.configureAdotInstrumentation, the AdotLayer of the layer version for the function's region
 * and architecture (AdotLambdaLayerVersion.layerArn, from the generated layer_tables.c) and the
 * AWS_LAMBDA_EXEC_WRAPPER environment variable. Tracing becomes Active in function.c's step "tracing". */
#include <string.h>

#include "ccdk/lambda_versions.h"
#include "insights_table.h"
#include "lambda_internal.h"
#include "layer_tables.h"

static const char *const type_names[] = {NULL, "JAVA_SDK", "JAVA_AUTO_INSTRUMENTATION", "JAVASCRIPT_SDK", "PYTHON_SDK",
                                         "GENERIC"};
static const char *const wrappers[] = {NULL, "/opt/otel-handler", "/opt/otel-proxy-handler", "/opt/otel-stream-handler",
                                       "/opt/otel-instrument", "/opt/otel-sqs-handler"};
#define NTYPES (sizeof type_names / sizeof *type_names)
#define NWRAPPERS (sizeof wrappers / sizeof *wrappers)

const char *ccdk_lambda_adot_latest_version(ccdk_lambda_adot_layer_type type)
{
    if (!CCDK__ENUM_OK(NULL, type, ccdk_lambda_adot_layer_type, CCDK_LAMBDA_ADOT_LAYER_UNSET, CCDK_LAMBDA_ADOT_LAYER_GENERIC,
                       __func__) ||
        !type_names[type])
        return NULL;
    for (const ccdk__adot_latest *l = ccdk__adot_latest_versions; l->type; l++)
        if (!strcmp(l->type, type_names[type]))
            return l->version;
    return NULL;
}

struct adot_fact {
    const char *type, *version, *arch;
};

/* getLayerArn(scope, type, version, architecture): NULL after an error (on scope, or on the stack) */
static const char *adot_layer_arn(const void *scope, ccdk_stack *stack, const struct adot_fact *f)
{
    ccdk_app *app = stack->node.app;
    /* region-info's facts: the built-in ones, or those ccdk_fact_register gave the App (as
     * aws-cdk-lib's Fact.register) */
    const char *fact = ccdk__sprintf(app, "adot-lambda-layer:%s_%s_%s", f->type,
                                     ccdk__replace_all(app, f->version, ".", "_"), f->arch);
    if (stack->region && !ccdk__is_unresolved(stack->region)) {
        const char *arn = ccdk__fact_find(app, stack->region, fact);
        if (!arn)
            ccdk__error(scope, "Could not find the ARN information for the ADOT Lambda Layer of type %s and version %s in %s",
                        f->type, f->version, stack->region);
        return arn;
    }
    return ccdk__regional_fact_agnostic(stack, stack, fact, NULL);
}

const char *ccdk_lambda_adot_layer_arn(void *scope, ccdk_lambda_adot_layer_version version,
                                       const ccdk_lambda_architecture *architecture)
{
    ccdk__node *n = ccdk__scope(scope);
    ccdk_stack *stack = ccdk_stack_of(n);
    if (!stack) {
        ccdk__error(n, "%s at '%s' should be created in the scope of a Stack, but no Stack found", ccdk__class_name(n), n->path);
        return "";
    }
    if (!CCDK__ENUM_OK(n, version.type, ccdk_lambda_adot_layer_type, CCDK_LAMBDA_ADOT_LAYER_UNSET,
                       CCDK_LAMBDA_ADOT_LAYER_GENERIC, "layerArn: version.type"))
        return "";
    if (!type_names[version.type]) {
        ccdk__error(n, "layerArn: %d is not an AdotLambdaLayerType", (int)version.type);
        return "";
    }
    struct adot_fact f = {type_names[version.type], version.version ? version.version : ccdk_lambda_adot_latest_version(version.type),
                          architecture && architecture->name ? architecture->name : "x86_64"};
    const char *arn = adot_layer_arn(n, stack, &f);
    return arn ? arn : "";
}

void ccdk__fn_step_adot(ccdk__fn_ctor *c)
{
    const ccdk_lambda_adot_instrumentation_config *cfg = c->props->adot_instrumentation;
    ccdk_lambda_function *fn = c->fn;
    if (!cfg)
        return;
    if (c->props->runtime == CCDK_LAMBDA_RUNTIME_FROM_IMAGE) {
        ccdk__error(fn, "ADOT Lambda layer can't be configured with container image package type");
        return;
    }
    if (fn->runtime == CCDK_LAMBDA_RUNTIME_GO_1_X) {
        ccdk__error(fn, "Runtime go1.x is not supported by the ADOT Lambda Go SDK");
        return;
    }
    if ((size_t)cfg->exec_wrapper >= NWRAPPERS) /* none of the constants: an error already (validate_enums) */
        return;
    if (!wrappers[cfg->exec_wrapper]) {
        ccdk__error(fn, "adotInstrumentation.execWrapper is required");
        return;
    }
    if (fn->runtime && fn->runtime->family == CCDK_LAMBDA_FAMILY_PYTHON &&
        cfg->exec_wrapper != CCDK_LAMBDA_ADOT_EXEC_WRAPPER_INSTRUMENT_HANDLER) {
        ccdk__error(fn, "Python Adot Lambda layer requires AdotLambdaExecWrapper.INSTRUMENT_HANDLER");
        return;
    }
    ccdk_lambda_adot_layer_type type = cfg->layer_version.type;
    if ((size_t)type >= NTYPES) /* none of the constants: an error already (validate_enums) */
        return;
    if (!type_names[type]) {
        ccdk__error(fn, "adotInstrumentation.layerVersion is required");
        return;
    }
    struct adot_fact f = {type_names[type], cfg->layer_version.version ? cfg->layer_version.version
                                                                        : ccdk_lambda_adot_latest_version(type),
                          fn->architecture ? fn->architecture->name : "x86_64"};
    /* AdotLayerVersion._bind(fn): layerArn(fn.stack, fn.architecture) */
    const char *arn = adot_layer_arn(fn->base.node.stack, fn->base.node.stack, &f);
    if (!arn)
        return;
    ccdk_lambda_layer_version *l = ccdk_lambda_layer_version_from_layer_version_arn(fn, "AdotLayer", arn);
    ccdk_lambda_function_add_layers(fn, (ccdk_lambda_layer_list)CCDK_LIST(l));
    ccdk_lambda_function_add_environment(fn, "AWS_LAMBDA_EXEC_WRAPPER", wrappers[cfg->exec_wrapper]);
}
