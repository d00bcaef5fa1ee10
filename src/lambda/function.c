/* function.c - lambda.Function: the CfnFunction and its role, environment, layers, tracing,
 * dead-letter queue, async invoke config; imported functions; permissions and grants. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ccdk/lambda_event_sources.h"
#include "ccdk/sns.h"
#include "ccdk/sqs.h"
#include "lambda_internal.h"

static const ccdk__kind kind_function = {.fqn = "aws-cdk-lib.aws_lambda.Function", .class_name = "Function2"};
/* fromFunctionAttributes' class Import extends FunctionBase (constructor.name in messages) */
static const ccdk__kind kind_imported = {.fqn = "aws-cdk-lib.aws_lambda.FunctionBase", .class_name = "Import"};

ccdk__fnbase *ccdk__fnbase_of(const void *handle)
{
    ccdk__node *n = ccdk__node_of(handle);
    if (!n)
        return NULL;
    ccdk__fnbase *fb = (ccdk__fnbase *)n;
    if (fb->fn_magic != CCDK__FN_MAGIC) {
        ccdk__error(n, "Expected a Lambda function, version or alias, got %s", n->kind->fqn);
        return NULL;
    }
    return fb;
}

void ccdk__fnbase_init(ccdk__fnbase *fb, const ccdk__kind *kind, void *scope, const char *id, int fkind)
{
    ccdk__node_init(&fb->node, kind, scope, id);
    fb->fn_magic = CCDK__FN_MAGIC;
    fb->fkind = fkind;
}

/* ------------------------------------------------------------------ Function */

static ccdk_value *env_lazy(void *ctx)
{
    ccdk_lambda_function *fn = ctx;
    ccdk_app *app = fn->base.node.app;
    if (fn->nenv == 0)
        return ccdk__v_undef(app);
    ccdk__env_entry *e = fn->env;
    ccdk__env_entry small[8], *sorted = NULL;
    if (fn->current_version && fn->nenv > 1) {
        sorted = fn->nenv <= 8 ? small : malloc(fn->nenv * sizeof *sorted);
        if (!sorted)
            abort();
        memcpy(sorted, fn->env, fn->nenv * sizeof *sorted);
        for (size_t i = 1; i < fn->nenv; i++) /* insertion sort by key (JS default sort) */
            for (size_t k = i; k > 0 && strcmp(sorted[k - 1].key, sorted[k].key) > 0; k--) {
                ccdk__env_entry t = sorted[k];
                sorted[k] = sorted[k - 1];
                sorted[k - 1] = t;
            }
        e = sorted;
    }
    ccdk_value *vars = ccdk__v_obj_sized(app, fn->nenv);
    for (size_t i = 0; i < fn->nenv; i++) /* the keys are unique (a key added again takes its place) */
        ccdk__v_append_unique(vars, e[i].key, ccdk__v_from_string(app, e[i].value));
    if (sorted != small)
        free(sorted);
    ccdk_value *o = ccdk__v_obj_sized(app, 1);
    ccdk__v_append_unique(o, "Variables", vars);
    return o;
}

static int cmp_layer_path(const void *a, const void *b)
{
    const ccdk_lambda_layer_version *x = *(ccdk_lambda_layer_version *const *)a;
    const ccdk_lambda_layer_version *y = *(ccdk_lambda_layer_version *const *)b;
    return strcmp(x->node.path, y->node.path);
}

/* Function.renderLayers: with recognizeLayerVersion the layer objects are sorted as JS sorts them,
 * by String(layer), which is the construct path. */
static ccdk_value *layers_lazy(void *ctx)
{
    ccdk_lambda_function *fn = ctx;
    ccdk_app *app = fn->base.node.app;
    if (fn->nlayers == 0)
        return ccdk__v_undef(app);
    ccdk_lambda_layer_version *sorted[5];
    memcpy(sorted, fn->layers, fn->nlayers * sizeof *sorted);
    if (ccdk__feature_flag(&fn->base.node, "@aws-cdk/aws-lambda:recognizeLayerVersion"))
        qsort(sorted, fn->nlayers, sizeof *sorted, cmp_layer_path);
    ccdk_value *l = ccdk__v_list(app);
    for (size_t i = 0; i < fn->nlayers; i++)
        ccdk__v_push(l, ccdk__v_from_string(app, sorted[i]->arn));
    return l;
}

ccdk_lambda_layer_version **ccdk__function_layers(ccdk_lambda_function *fn, size_t *count)
{
    ccdk_lambda_layer_version **out = malloc((fn->nlayers + 1) * sizeof *out);
    if (!out)
        abort();
    memcpy(out, fn->layers, fn->nlayers * sizeof *out);
    *count = fn->nlayers;
    return out;
}

static const char *const reserved_env[] = {
    "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
    "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
    "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY",
    "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT",
    "LAMBDA_RUNTIME_DIR", NULL};

void ccdk_lambda_function_add_environment(ccdk_lambda_function *fn, const char *key, const char *value)
{
    if (!ccdk__target_ok(fn, __func__) || !ccdk__arg_ok(key, __func__, "key") || !ccdk__arg_ok(value, __func__, "value"))
        return;
    ccdk_lambda_function_add_environment_with_options(fn, key, value, NULL);
}

/* environment.put(key, {value, ...options}): a key added again keeps its place, and takes the new
 * value and options */
void ccdk_lambda_function_add_environment_with_options(ccdk_lambda_function *fn, const char *key, const char *value,
                                                       const ccdk_lambda_environment_options *options)
{
    if (!ccdk__target_ok(fn, __func__) || !ccdk__arg_ok(key, __func__, "key") || !ccdk__arg_ok(value, __func__, "value"))
        return;
    int remove_in_edge = options && ccdk__tri_true(options->remove_in_edge);
    for (const char *const *r = reserved_env; *r; r++)
        if ((*r)[0] == key[0] && !strcmp(*r, key)) {
            ccdk__error(fn, "%s environment variable is reserved by the lambda runtime and can not be set manually. See "
                            "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html",
                        key);
            return;
        }
    ccdk_app *app = fn->base.node.app;
    for (size_t i = 0; i < fn->nenv; i++)
        if (!strcmp(fn->env[i].key, key)) {
            fn->env[i].value = ccdk__strdup(app, value ? value : "");
            fn->env[i].remove_in_edge = remove_in_edge;
            return;
        }
    if (fn->nenv == fn->capenv)
        fn->env = ccdk__arena_grow(app, fn->env, fn->nenv, &fn->capenv, sizeof *fn->env, 4);
    fn->env[fn->nenv].key = ccdk__strdup(app, key);
    fn->env[fn->nenv].value = ccdk__strdup(app, value ? value : "");
    fn->env[fn->nenv].remove_in_edge = remove_in_edge;
    fn->nenv++;
}

/* Function._checkEdgeCompatibility. Runs inside a synth's resolution (maybe in a scratch arena):
 * the entries are compacted in place and annotations are malloc'd, so nothing here is lost. */
void ccdk__function_check_edge_compatibility(ccdk_lambda_function *fn)
{
    size_t kept = 0;
    for (size_t i = 0; i < fn->nenv; i++) {
        if (fn->env[i].remove_in_edge) {
            ccdk_annotations_add_info(fn, ccdk__sprintf(fn->base.node.app, "Removed %s environment variable for Lambda@Edge compatibility",
                                                        fn->env[i].key));
            continue;
        }
        fn->env[kept++] = fn->env[i];
    }
    fn->nenv = kept;
    if (kept == 0)
        return;
    ccdk__buf keys = {0};
    for (size_t i = 0; i < kept; i++) {
        if (i)
            ccdk__buf_putc(&keys, ',');
        ccdk__buf_puts(&keys, fn->env[i].key);
    }
    ccdk__lazy_error(fn->base.node.app,
                     "The function %s contains environment variables [%s] and is not compatible with Lambda@Edge. "
                     "Environment variables can be marked for removal when used in Lambda@Edge by setting the "
                     "'removeInEdge' property in the 'addEnvironment()' API.",
                     fn->base.node.path, keys.data);
    ccdk__buf_free(&keys);
}

void ccdk_lambda_function_add_to_role_policy(ccdk_lambda_function *fn, ccdk_iam_policy_statement *s)
{
    if (!ccdk__target_ok(fn, __func__) || !ccdk__arg_ok(s, __func__, "statement") || !fn->base.role)
        return;
    /* function-base.ts addToRolePolicy: a statement whose resources are a list token (Fn.split, a
     * list parameter) and one of literal resources do not share the role's default policy (merged,
     * they would make a list token with other items): whichever kind came second goes to an inline
     * policy of its own, as every statement does under the feature flag */
    int list = ccdk_token_is_unresolved_list(ccdk_iam_policy_statement_resources(s));
    int conflict = list ? fn->added_literal_statements : fn->added_list_token_statements;
    if (conflict || ccdk__feature_flag(&fn->base.node, "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy")) {
        char id[64];
        snprintf(id, sizeof id, "inlinePolicyAddedToExecutionRole-%d", fn->policy_counter++);
        ccdk_iam_policy_props pp = {.statements = CCDK_LIST(s)};
        ccdk_iam_policy *p = ccdk_iam_policy_new(fn, id, &pp);
        ccdk_iam_policy_attach_to_role(p, fn->base.role);
        return;
    }
    ccdk_iam_role_add_to_policy(fn->base.role, s);
    *(list ? &fn->added_list_token_statements : &fn->added_literal_statements) = 1;
}

/* new PolicyStatement({actions, resources}) (effect Allow) */
static ccdk_iam_policy_statement *allow(ccdk_lambda_function *fn, ccdk_strs actions, ccdk_strs resources)
{
    return ccdk_iam_policy_statement_new(fn, &(ccdk_iam_policy_statement_props){.actions = actions, .resources = resources});
}

/* ------------------------------------------------------------------ the constructor, step by step
 *
 * aws-cdk-lib's Function constructor (aws-lambda/lib/function.ts) in its order: what comes first
 * decides construct order (the tree, logical ids), the order of policy statements and which error is
 * reported. Each step is a function of the file of its subject; ccdk__fn_ctor carries what later
 * steps use of earlier ones. */

/* the enums of the props (and of the option structs they point to), before any step reads them: a
 * value that is none of the constants is an error, never a default (see ccdk__enum_ok) */
static const int retention_days[] = {
    CCDK_LOGS_RETENTION_UNSET, CCDK_LOGS_RETENTION_ONE_DAY, CCDK_LOGS_RETENTION_THREE_DAYS, CCDK_LOGS_RETENTION_FIVE_DAYS,
    CCDK_LOGS_RETENTION_ONE_WEEK, CCDK_LOGS_RETENTION_TWO_WEEKS, CCDK_LOGS_RETENTION_ONE_MONTH,
    CCDK_LOGS_RETENTION_TWO_MONTHS, CCDK_LOGS_RETENTION_THREE_MONTHS, CCDK_LOGS_RETENTION_FOUR_MONTHS,
    CCDK_LOGS_RETENTION_FIVE_MONTHS, CCDK_LOGS_RETENTION_SIX_MONTHS, CCDK_LOGS_RETENTION_ONE_YEAR,
    CCDK_LOGS_RETENTION_THIRTEEN_MONTHS, CCDK_LOGS_RETENTION_EIGHTEEN_MONTHS, CCDK_LOGS_RETENTION_TWO_YEARS,
    CCDK_LOGS_RETENTION_THREE_YEARS, CCDK_LOGS_RETENTION_FIVE_YEARS, CCDK_LOGS_RETENTION_SIX_YEARS,
    CCDK_LOGS_RETENTION_SEVEN_YEARS, CCDK_LOGS_RETENTION_EIGHT_YEARS, CCDK_LOGS_RETENTION_NINE_YEARS,
    CCDK_LOGS_RETENTION_TEN_YEARS, CCDK_LOGS_RETENTION_INFINITE};

static int validate_enums(ccdk_lambda_function *fn, const ccdk_lambda_function_props *props)
{
    int ok = 1;
    ok &= CCDK__ENUM_OK(fn, props->tracing, ccdk_lambda_tracing, CCDK_LAMBDA_TRACING_UNSET, CCDK_LAMBDA_TRACING_DISABLED,
                  "tracing");
    ok &= CCDK__ENUM_IN(fn, props->log_retention, ccdk_logs_retention_days, retention_days, "logRetention");
    ok &= CCDK__ENUM_OK(fn, props->log_removal_policy, ccdk_removal_policy, CCDK_REMOVAL_POLICY_UNSET,
                  CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, "logRemovalPolicy");
    ok &= CCDK__ENUM_OK(fn, props->logging_format, ccdk_lambda_logging_format, CCDK_LAMBDA_LOGGING_FORMAT_UNSET,
                  CCDK_LAMBDA_LOGGING_FORMAT_JSON, "loggingFormat");
    ok &= CCDK__ENUM_OK(fn, props->application_log_level_v2, ccdk_lambda_application_log_level,
                  CCDK_LAMBDA_APPLICATION_LOG_LEVEL_UNSET, CCDK_LAMBDA_APPLICATION_LOG_LEVEL_FATAL,
                  "applicationLogLevelV2");
    ok &= CCDK__ENUM_OK(fn, props->system_log_level_v2, ccdk_lambda_system_log_level, CCDK_LAMBDA_SYSTEM_LOG_LEVEL_UNSET,
                  CCDK_LAMBDA_SYSTEM_LOG_LEVEL_WARN, "systemLogLevelV2");
    ok &= CCDK__ENUM_OK(fn, props->recursive_loop, ccdk_lambda_recursive_loop, CCDK_LAMBDA_RECURSIVE_LOOP_UNSET,
                  CCDK_LAMBDA_RECURSIVE_LOOP_TERMINATE, "recursiveLoop");
    if (props->current_version_options)
        ok &= CCDK__ENUM_OK(fn, props->current_version_options->removal_policy, ccdk_removal_policy, CCDK_REMOVAL_POLICY_UNSET,
                      CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE, "currentVersionOptions.removalPolicy");
    if (props->adot_instrumentation) {
        ok &= CCDK__ENUM_OK(fn, props->adot_instrumentation->layer_version.type, ccdk_lambda_adot_layer_type,
                      CCDK_LAMBDA_ADOT_LAYER_UNSET, CCDK_LAMBDA_ADOT_LAYER_GENERIC, "adotInstrumentation.layerVersion");
        ok &= CCDK__ENUM_OK(fn, props->adot_instrumentation->exec_wrapper, ccdk_lambda_adot_exec_wrapper,
                      CCDK_LAMBDA_ADOT_EXEC_WRAPPER_UNSET, CCDK_LAMBDA_ADOT_EXEC_WRAPPER_SQS_HANDLER,
                      "adotInstrumentation.execWrapper");
    }
    if (props->params_and_secrets)
        ok &= CCDK__ENUM_OK(fn, props->params_and_secrets->log_level, ccdk_lambda_params_and_secrets_log_level,
                      CCDK_LAMBDA_PARAMS_AND_SECRETS_LOG_LEVEL_UNSET, CCDK_LAMBDA_PARAMS_AND_SECRETS_LOG_LEVEL_NONE,
                      "paramsAndSecrets.logLevel");
    return ok;
}

static void step_validate(ccdk__fn_ctor *c)
{
    ccdk_lambda_function *fn = c->fn;
    const ccdk_lambda_function_props *props = c->props;
    c->enums_ok = validate_enums(fn, props);
    if (!props->runtime)
        ccdk__error(fn, "runtime is required");
    if (!props->handler)
        ccdk__error(fn, "handler is required");
    if (!props->code)
        ccdk__error(fn, "code is required");
    /* aws-cdk-lib validates a truthy functionName only: "" is written as it is (found by
     * tests/fuzz/fuzz_ids; CloudFormation rejects it at deploy, as with aws-cdk-lib) */
    if (props->function_name && *props->function_name && !ccdk__is_unresolved(props->function_name)) {
        /* props.functionName.length: UTF-16 code units, not bytes (a name of 40 'é' is 40 long,
         * and fails the character check below rather than this one) */
        size_t n = ccdk__js_length(props->function_name);
        if (n > 64) {
            /* aws-cdk-lib throws here: the character check is not reached */
            ccdk__error(fn, "Function name can not be longer than 64 characters but has %zu characters.", n);
            return;
        }
        int ok = 1;
        for (const char *p = props->function_name; *p; p++)
            if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '-' || *p == '_'))
                ok = 0;
        if (!ok)
            ccdk__error(fn, "Function name %s can contain only letters, numbers, hyphens, or underscores with no spaces.",
                        props->function_name);
    }
    if (props->description && !ccdk__is_unresolved(props->description)) {
        size_t n = ccdk__js_length(props->description); /* UTF-16 code units, as JS counts */
        if (n > 256)
            ccdk__error(fn, "Function description can not be longer than 256 characters but has %zu characters.", n);
    }
}

/* the execution role: the one given, or ServiceRole with AWSLambdaBasicExecutionRole; initialPolicy */
static void step_role(ccdk__fn_ctor *c)
{
    ccdk_lambda_function *fn = c->fn;
    const ccdk_lambda_function_props *props = c->props;
    if (props->role) {
        fn->base.role = props->role;
    } else {
        ccdk_iam_managed_policy *mp[2] = {
            ccdk_iam_managed_policy_from_aws_managed_policy_name(
                fn, props->durable_config ? "service-role/AWSLambdaBasicDurableExecutionRolePolicy" /* issue 16 */
                                          : "service-role/AWSLambdaBasicExecutionRole"),
            NULL};
        if (props->vpc) /* vpc.c */
            mp[1] = ccdk_iam_managed_policy_from_aws_managed_policy_name(fn, "service-role/AWSLambdaVPCAccessExecutionRole");
        ccdk_iam_role_props rp = {.assumed_by = ccdk_iam_service_principal(fn, "lambda.amazonaws.com"),
                                  .managed_policies = CCDK_LIST(mp[0], mp[1])};
        rp.managed_policies.count = props->vpc ? 2 : 1; /* the VPC access policy only in a VPC */
        fn->base.role = ccdk_iam_role_new(fn, "ServiceRole", &rp);
    }
    fn->base.grant_principal = ccdk_iam_role_principal(fn->base.role);
}

static void step_initial_policy(ccdk__fn_ctor *c)
{
    size_t ni = CCDK__LEN(c->props->initial_policy, "initialPolicy");
    for (size_t i = 0; i < ni; i++)
        ccdk_iam_role_add_to_policy(c->fn->base.role, c->props->initial_policy.items[i]);
}

/* code.bind(this) comes before the resource, as in aws-cdk-lib (the asset is a child first) */
static void step_code_bind(ccdk__fn_ctor *c)
{
    ccdk_lambda_function *fn = c->fn;
    const ccdk_lambda_function_props *props = c->props;
    if (props->code && props->code->config_invalid) { /* verifyCodeConfig, first (ccdk_lambda_code_new) */
        ccdk__unscoped_error(c->app, "lambda.Code must specify exactly one of: \"inlineCode\", \"s3Location\", or \"image\"");
        return;
    }
    c->code_value = !props->code ? NULL : props->code->image ? ccdk__image_code_bind(props->code, fn) /* image.c */
                                                              : ccdk__code_bind(props->code, &fn->base.node, NULL, "Code", 0);
    if (props->code && props->runtime && props->code->kind == CCDK__CODE_INLINE && !props->runtime->supports_inline_code)
        ccdk__error(fn, "Inline source not allowed for %s", props->runtime->name);
}

static void step_environment(ccdk__fn_ctor *c)
{
    size_t n = CCDK__LEN(c->props->environment, "environment");
    for (size_t i = 0; i < n; i++)
        ccdk_lambda_function_add_environment(c->fn, c->props->environment.items[i].key, c->props->environment.items[i].value);
}

static void step_dead_letter(ccdk__fn_ctor *c)
{
    ccdk_lambda_function *fn = c->fn;
    const ccdk_lambda_function_props *props = c->props;
    ccdk_app *app = c->app;
    if (props->dead_letter_topic && (props->dead_letter_queue || ccdk__tri_set(props->dead_letter_queue_enabled))) {
        ccdk__error(fn, "deadLetterQueue and deadLetterTopic cannot be specified together at the same time");
    } else if (props->dead_letter_topic) {
        fn->dlt = props->dead_letter_topic;
        const char *arn = ccdk_sns_topic_arn(fn->dlt);
        /* this.addToRolePolicy, so createNewPoliciesWithAddToRolePolicy applies (issue 16, item 5) */
        ccdk_lambda_function_add_to_role_policy(fn, allow(fn, CCDK_STRS("sns:Publish"), CCDK_STRS(arn)));
        c->dead_letter_config = ccdk__v_obj(app);
        ccdk__v_set(c->dead_letter_config, "TargetArn", ccdk__v_str(app, arn));
    } else if (props->dead_letter_queue && ccdk__tri_false(props->dead_letter_queue_enabled)) {
        ccdk__error(fn, "deadLetterQueue defined but deadLetterQueueEnabled explicitly set to false");
    } else if (props->dead_letter_queue || ccdk__tri_true(props->dead_letter_queue_enabled)) {
        fn->dlq = props->dead_letter_queue;
        if (!fn->dlq) {
            ccdk_sqs_queue_props qp = {.retention_period = ccdk_duration_days(14)};
            fn->dlq = ccdk_sqs_queue_new(fn, "DeadLetterQueue", &qp);
        }
        const char *arn = ccdk_sqs_queue_arn(fn->dlq);
        ccdk_lambda_function_add_to_role_policy(fn, allow(fn, CCDK_STRS("sqs:SendMessage"), CCDK_STRS(arn)));
        c->dead_letter_config = ccdk__v_obj(app);
        ccdk__v_set(c->dead_letter_config, "TargetArn", ccdk__v_str(app, arn));
    }
}

/* props.architecture / the deprecated props.architectures: checked after the dead-letter queue, as
 * aws-cdk-lib does. `this._architecture` (Architectures) takes architectures[0]; fn.architecture does
 * not (aws-cdk-lib: `props.architecture ?? Architecture.X86_64`), so fn->architecture stays the prop. */
static void step_architecture(ccdk__fn_ctor *c)
{
    ccdk_lambda_function *fn = c->fn;
    const ccdk_lambda_function_props *props = c->props;
    size_t n = CCDK__LEN(props->architectures, "architectures");
    if (props->architecture && CCDK__GIVEN(props->architectures))
        ccdk__error(fn, "Either architecture or architectures must be specified but not both.");
    else if (n > 1)
        ccdk__error(fn, "Only one architecture must be specified.");
    fn->architecture = props->architecture;
    c->architectures_name = props->architecture ? props->architecture->name
                            : n > 0 && props->architectures.items[0] ? props->architectures.items[0]->name : NULL;
}

/* a generated function name's functionArn in another environment */
static const char *function_arn_of(ccdk__node *fn, const char *name)
{
    return ccdk__format_arn(fn->stack, "lambda", NULL, "function", ":", name);
}

/* new CfnFunction(this, 'Resource', {...}): the resource, its attributes, then its properties in
 * CfnFunction's order of assignment (rendered alphabetically) */
static void step_resource(ccdk__fn_ctor *c)
{
    ccdk_lambda_function *fn = c->fn;
    const ccdk_lambda_function_props *props = c->props;
    ccdk_app *app = c->app;
    fn->resource = ccdk__l1(fn, "Resource", "AWS::Lambda::Function", "aws-cdk-lib.aws_lambda.CfnFunction");
    fn->resource->tag_kind = 1;
    ccdk_cfn_resource *r = fn->resource;
    /* functionName / functionArn: getResourceNameAttribute(ref), getResourceArnAttribute(attrArn,
     * {service: 'lambda', resource: 'function', resourceName: physicalName, arnFormat: ':'}) */
    ccdk__physical pn;
    ccdk__physical_new(&pn, fn, r, props->function_name, NULL, "Arn", function_arn_of);
    /* memoized getters: aws-cdk-lib makes (and numbers) these tokens at their first read (token.c) */
    fn->base.arn = ccdk__token_mark_unread(app, pn.arn);
    fn->base.name = ccdk__token_mark_unread(app, pn.name);
    if (pn.value)
        ccdk__res_set(r, "FunctionName", pn.value);

    if (props->ephemeral_storage_size.unit != CCDK_SIZE_UNSET) {
        double mb = ccdk__size_to_mebibytes(fn, props->ephemeral_storage_size);
        /* !ephemeralStorageSize.isUnresolved() && ...: a token size is not checked */
        if (!props->ephemeral_storage_size.token && (mb < 512 || mb > 10240)) {
            /* aws-cdk-lib prints the Size object: Size.mebibytes(256) */
            ccdk__buf b = {0};
            ccdk__json_write_number(&b, props->ephemeral_storage_size.amount);
            ccdk__buf_putc(&b, 0);
            static const char *const un[] = {"", "kibibytes", "mebibytes", "gibibytes", "tebibytes"};
            ccdk__error(fn, "Ephemeral storage size must be between 512 and 10240 MB, received Size.%s(%s).",
                        (unsigned)props->ephemeral_storage_size.unit < 5 ? un[props->ephemeral_storage_size.unit] : "?",
                        b.data); /* a bad unit: already an error (ccdk__size_to_mebibytes) */
            ccdk__buf_free(&b);
        }
        ccdk_value *es = ccdk__v_obj(app);
        ccdk__v_set(es, "Size", ccdk__v_num_or_token(app, mb, props->ephemeral_storage_size.token));
        ccdk__res_set(r, "EphemeralStorage", es);
    }

    if (c->code_value)
        ccdk__res_set(r, "Code", c->code_value);
    if (props->description)
        ccdk__res_set(r, "Description", ccdk__v_from_string(app, props->description));
    ccdk__res_set(r, "Layers", ccdk__v_lazy(app, layers_lazy, fn));
    if (props->handler)
        ccdk__res_set(r, "Handler", ccdk__v_from_string(app, props->handler));
    if (ccdk_duration_is_set(props->timeout))
        ccdk__res_set(r, "Timeout", ccdk__duration_value(fn, props->timeout, CCDK_TIME_SECONDS, 1));
    /* effectiveRuntime: for props.runtime === Runtime.NODEJS_LATEST, determineLatestNodeRuntime(this)
     * (its errors; a new Runtime, in Runtime.ALL): what fn.runtime is, not the NODEJS_LATEST constant */
    if (props->runtime == CCDK_LAMBDA_RUNTIME_NODEJS_LATEST)
        fn->runtime = ccdk__determine_latest_node_runtime(fn);
    if (fn->runtime)
        ccdk__res_set(r, "Runtime", ccdk__v_str(app, fn->runtime->name));
    ccdk__res_set(r, "Role", ccdk__v_str(app, ccdk_iam_role_arn(fn->base.role)));
    ccdk__res_set(r, "Environment", ccdk__v_lazy(app, env_lazy, fn));
    if (props->memory_size.set)
        ccdk__res_set(r, "MemorySize", ccdk__v_opt_num(app, props->memory_size));
    if (c->dead_letter_config)
        ccdk__res_set(r, "DeadLetterConfig", c->dead_letter_config);
    if (c->vpc_config)
        ccdk__res_set(r, "VpcConfig", c->vpc_config);
    if (props->reserved_concurrent_executions.set)
        ccdk__res_set(r, "ReservedConcurrentExecutions", ccdk__v_opt_num(app, props->reserved_concurrent_executions));
    if (c->architectures_name) {
        ccdk_value *a = ccdk__v_list(app);
        ccdk__v_push(a, ccdk__v_str(app, c->architectures_name));
        ccdk__res_set(r, "Architectures", a);
    }
}

static void step_tracing(ccdk__fn_ctor *c)
{
    const ccdk_lambda_function_props *props = c->props;
    ccdk_app *app = c->app;
    /* adotInstrumentation without tracing: buildTracingConfig(Tracing.ACTIVE) (issue 16) */
    ccdk_lambda_tracing tracing = props->tracing == CCDK_LAMBDA_TRACING_UNSET && props->adot_instrumentation
                                      ? CCDK_LAMBDA_TRACING_ACTIVE : props->tracing;
    if (tracing != CCDK_LAMBDA_TRACING_UNSET && tracing != CCDK_LAMBDA_TRACING_DISABLED) {
        ccdk_lambda_function_add_to_role_policy(
            c->fn, allow(c->fn, CCDK_STRS("xray:PutTraceSegments", "xray:PutTelemetryRecords"), CCDK_STRS("*")));
        ccdk_value *tc = ccdk__v_obj(app);
        ccdk__v_set(tc, "Mode", ccdk__v_str(app, tracing == CCDK_LAMBDA_TRACING_ACTIVE ? "Active" : "PassThrough"));
        ccdk__res_set(c->fn->resource, "TracingConfig", tc);
    }
}

/* resource.node.addDependency(this.role), then the layers */
static void step_role_dependency_and_layers(ccdk__fn_ctor *c)
{
    ccdk_node_add_dependency(c->fn->resource, c->fn->base.role);
    if (CCDK__GIVEN(c->props->layers)) {
        if (c->props->runtime == CCDK_LAMBDA_RUNTIME(FROM_IMAGE)) { /* even for an empty list, as `props.layers` */
            ccdk__error(c->fn, "Layers are not supported for container image functions");
            return;
        }
        ccdk_lambda_function_add_layers(c->fn, c->props->layers);
    }
    /* for (const event of props.events || []) this.addEventSource(event) */
    for (size_t i = 0; i < c->props->events.count; i++)
        ccdk_lambda_function_add_event_source(c->fn, c->props->events.items[i]);
}

/* props.code.bindToResource(resource) */
static void step_code_bind_to_resource(ccdk__fn_ctor *c)
{
    if (c->props->code)
        ccdk__code_bind_to_resource(c->props->code, c->fn->resource, "Code");
}

static const struct {
    const char *name;
    ccdk__fn_step run;
} constructor_steps[] = {
    {"validate props", step_validate},
    {"execution role", step_role},
    {"filesystem: mount path, IAM statements", ccdk__fn_step_filesystem_policies}, /* filesystem.c */
    {"initial policy", step_initial_policy},
    {"code.bind", step_code_bind},
    {"profiling", ccdk__fn_step_profiling},            /* profiling.c: before the environment, as aws-cdk-lib */
    {"environment", step_environment},
    {"dead-letter queue or topic", step_dead_letter},
    {"architecture", step_architecture},
    {"VPC", ccdk__fn_step_vpc},                         /* vpc.c: evaluated in CfnFunction's props, before it */
    {"filesystem: connections rule", ccdk__fn_step_filesystem_connections}, /* filesystem.c: in configureVpc */
    {"CfnFunction", step_resource},
    {"environment encryption", ccdk__fn_step_environment_encryption}, /* encryption.c: its KmsKeyArn */
    /* issue 16: CfnFunction props computed in its constructor call, in aws-cdk-lib's order */
    {"runtime management", ccdk__fn_step_runtime_management}, /* runtime_management.c */
    {"tenancy config", ccdk__fn_step_tenancy},                 /* tenancy.c */
    {"durable config", ccdk__fn_step_durable},                 /* durable.c */
    {"snap start", ccdk__fn_step_snap_start},                  /* snapstart.c */
    {"logging config", ccdk__fn_step_logging_config},          /* logging.c: getLoggingConfig */
    {"recursive loop", ccdk__fn_step_recursive_loop},          /* recursive_loop.c */
    {"tracing", step_tracing},
    {"role dependency, layers, events", step_role_dependency_and_layers},
    {"log group", ccdk__fn_step_log_group},            /* logging.c */
    {"code.bindToResource", step_code_bind_to_resource},
    {"async invoke config", ccdk__fn_step_async_invoke}, /* destinations.c */
    {"filesystem: configs, dependencies", ccdk__fn_step_filesystem_dependencies}, /* filesystem.c */
    {"container image config", ccdk__fn_step_image},   /* image.c */
    {"code signing", ccdk__fn_step_code_signing},       /* code_signing.c */
    {"Lambda Insights", ccdk__fn_step_insights},        /* insights.c */
    {"ADOT instrumentation", ccdk__fn_step_adot},       /* adot.c (issue 16) */
    {"params and secrets", ccdk__fn_step_params_and_secrets}, /* params_and_secrets.c (issue 16): last */
};

ccdk_lambda_function *ccdk_lambda_function_new(void *scope, const char *id, const ccdk_lambda_function_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_lambda_function *fn = ccdk__alloc(app, sizeof *fn);
    ccdk__fnbase_init(&fn->base, &kind_function, scope, id, CCDK__FN_FUNCTION);
    fn->base.can_create_permissions = 1;
    fn->base.lambda = fn;
    fn->hash_mixins = ccdk__v_list(app);
    static const ccdk_lambda_function_props empty;
    if (!props)
        props = &empty;
    fn->runtime = props->runtime;
    ccdk__runtime_join(fn->runtime); /* a custom runtime is in Runtime.ALL (runtime.c) */
    fn->code = props->code;
    fn->timeout = props->timeout;
    if (props->current_version_options) {
        fn->current_version_options = *props->current_version_options;
        fn->has_current_version_options = 1;
    }
    ccdk__fn_ctor c = {fn, props, app, NULL, NULL, NULL, NULL, 0};
    for (size_t i = 0; i < sizeof constructor_steps / sizeof *constructor_steps; i++)
        constructor_steps[i].run(&c);
    return fn;
}

const char *ccdk_lambda_function_arn(ccdk_lambda_function *fn)
{
    return CCDK__MEMO_GET(fn, base.arn);
}
const char *ccdk_lambda_function_name(ccdk_lambda_function *fn)
{
    return CCDK__MEMO_GET(fn, base.name);
}
ccdk_iam_role *ccdk_lambda_function_role(ccdk_lambda_function *fn) { return ccdk__handle_ok(fn, __func__) ? fn->base.role : NULL; }
ccdk_iam_principal *ccdk_lambda_function_grant_principal(void *fn)
{
    ccdk__fnbase *fb = fn ? ccdk__fnbase_of(fn) : NULL;
    return fb ? fb->grant_principal : NULL;
}
ccdk_cfn_resource *ccdk_lambda_function_resource(ccdk_lambda_function *fn) { return ccdk__handle_ok(fn, __func__) ? fn->resource : NULL; }
ccdk_duration ccdk_lambda_function_timeout(ccdk_lambda_function *fn) { return ccdk__handle_ok(fn, __func__) ? fn->timeout : (ccdk_duration){0}; }
const ccdk_lambda_runtime *ccdk_lambda_function_runtime(ccdk_lambda_function *fn) { return ccdk__handle_ok(fn, __func__) ? fn->runtime : NULL; }
ccdk_sqs_queue *ccdk_lambda_function_dead_letter_queue(ccdk_lambda_function *fn) { return ccdk__handle_ok(fn, __func__) ? fn->dlq : NULL; }
ccdk_sns_topic *ccdk_lambda_function_dead_letter_topic(ccdk_lambda_function *fn) { return ccdk__handle_ok(fn, __func__) ? fn->dlt : NULL; }

const ccdk_lambda_architecture *ccdk_lambda_function_architecture(void *fn)
{
    ccdk__fnbase *fb = fn ? ccdk__fnbase_of(fn) : NULL;
    if (!fb)
        return NULL;
    /* a Version's, Alias's or SingletonFunction's is its function's; imports have their own */
    ccdk_lambda_function *f = fb->fkind == CCDK__FN_IMPORTED || !fb->lambda ? (ccdk_lambda_function *)fb : fb->lambda;
    if (f->base.fkind != CCDK__FN_IMPORTED && f->base.fkind != CCDK__FN_FUNCTION)
        return CCDK_LAMBDA_ARCHITECTURE_X86_64; /* an imported version's function: never here */
    return f->architecture ? f->architecture : CCDK_LAMBDA_ARCHITECTURE_X86_64;
}

/* ------------------------------------------------------------------ imports */

int ccdk__arn_account_region(ccdk_app *app, const char *arn, const char **account, const char **region)
{
    /* arn:partition:service:region:account:... */
    if (!arn || ccdk__is_unresolved(arn) || strncmp(arn, "arn:", 4))
        return 0;
    const char *f[6];
    int n = 0;
    const char *p = arn;
    f[n++] = p;
    while (n < 6 && (p = strchr(p, ':'))) {
        p++;
        f[n++] = p;
    }
    if (n < 6)
        return 0;
    *region = ccdk__strndup(app, f[3], (size_t)(f[4] - f[3] - 1));
    *account = ccdk__strndup(app, f[4], (size_t)(f[5] - f[4] - 1));
    return 1;
}

ccdk_lambda_function *ccdk_lambda_function_from_function_attributes(void *scope, const char *id,
                                                                   const ccdk_lambda_function_attributes *attrs)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_lambda_function *fn = ccdk__alloc(app, sizeof *fn);
    ccdk__fnbase_init(&fn->base, &kind_imported, scope, id, CCDK__FN_IMPORTED);
    fn->hash_mixins = ccdk__v_list(app);
    if (!attrs || !attrs->function_arn) {
        ccdk__error(fn, "functionArn is required");
        return fn;
    }
    fn->base.arn = ccdk__strdup(app, attrs->function_arn);
    /* the Import's Resource constructor splits environmentFromArn when it is not empty */
    if (*fn->base.arn)
        ccdk__arn_check(fn, fn->base.arn);
    /* functionName: Fn.select(6, Fn.split(":", arn)), resolved at synth */
    if (!ccdk__is_unresolved(fn->base.arn)) {
        const char *p = fn->base.arn;
        int colons = 0;
        while (*p && colons < 6)
            colons += *p++ == ':';
        const char *e = strchr(p, ':');
        fn->base.name = e ? ccdk__strndup(app, p, (size_t)(e - p)) : ccdk__strdup(app, p);
    } else {
        fn->base.name = ccdk_fn_select(fn, 6, ccdk_fn_split(fn, ":", fn->base.arn));
    }
    fn->base.role = attrs->role;
    fn->base.grant_principal = attrs->role ? ccdk_iam_role_principal(attrs->role) : NULL;
    fn->base.skip_permissions = ccdk__tri_true(attrs->skip_permissions);
    fn->architecture = attrs->architecture ? attrs->architecture : CCDK_LAMBDA_ARCHITECTURE_X86_64;
    ccdk__fn_import_connections(fn, scope, attrs); /* vpc.c */
    if (ccdk__tri_set(attrs->same_environment)) {
        fn->base.can_create_permissions = ccdk__tri_true(attrs->same_environment);
    } else {
        ccdk_stack *s = fn->base.node.stack;
        const char *acc = NULL, *reg = NULL;
        fn->base.can_create_permissions =
            s && !ccdk__stack_is_env_agnostic_account(s) && ccdk__arn_account_region(app, fn->base.arn, &acc, &reg) &&
            !strcmp(acc, s->account);
    }
    return fn;
}

ccdk_lambda_function *ccdk_lambda_function_from_function_arn(void *scope, const char *id, const char *arn)
{
    ccdk__scope(scope);
    ccdk_lambda_function_attributes a = {.function_arn = arn};
    return ccdk_lambda_function_from_function_attributes(scope, id, &a);
}

ccdk_lambda_function *ccdk_lambda_function_from_function_name(void *scope, const char *id, const char *name)
{
    ccdk_stack *s = ccdk_stack_of(ccdk__scope(scope));
    if (!s) {
        /* Stack.of(scope) throws in aws-cdk-lib: no Stack above the scope */
        ccdk__node *sn = ccdk__node_of(scope);
        ccdk__error(scope, "%s at '%s' should be created in the scope of a Stack, but no Stack found",
                    ccdk__class_name(sn), sn->path);
        s = ccdk__nil_stack();
        scope = s; /* a harmless handle, in no App that is synthesized */
    }
    ccdk_lambda_function_attributes a = {
        .function_arn = ccdk_stack_format_arn(s, "lambda", "function", ":", name),
        .same_environment = CCDK_TRUE,
    };
    return ccdk_lambda_function_from_function_attributes(scope, id, &a);
}

/* ------------------------------------------------------------------ layers on functions */

static int runtime_equals(const ccdk_lambda_runtime *a, const ccdk_lambda_runtime *b)
{
    return !strcmp(a->name, b->name) && a->family == b->family && a->supports_inline_code == b->supports_inline_code;
}

void ccdk_lambda_function_add_layers(ccdk_lambda_function *fn, ccdk_lambda_layer_list list)
{
    if (!ccdk__target_ok(fn, __func__))
        return;
    /* a NULL layer would end the terminated array: the layers after it silently dropped */
    for (size_t i = 0; list.built_by_ccdk_list == &ccdk__list_mark && list.items && i < list.count; i++)
        if (!ccdk__arg_ok(list.items[i], __func__, "a layer of the list"))
            return;
    ccdk_lambda_layer_version *const *layers = CCDK__NT(fn->base.node.app, list, "addLayers");
    for (; layers && *layers; layers++) {
        ccdk_lambda_layer_version *l = *layers;
        if (fn->nlayers == 5) {
            ccdk__error(fn, "Unable to add layer: this lambda function already uses 5 layers.");
            return;
        }
        const ccdk_lambda_runtime **rts = ccdk__layer_runtimes(fn->base.node.app, l);
        if (rts && fn->runtime) {
            int ok = 0;
            for (int i = 0; rts[i]; i++)
                ok |= runtime_equals(rts[i], fn->runtime);
            if (!ok) {
                ccdk__buf b = {0};
                for (int i = 0; rts[i]; i++) {
                    if (i)
                        ccdk__buf_puts(&b, ", ");
                    ccdk__buf_puts(&b, rts[i]->name);
                }
                ccdk__error(fn, "This lambda function uses a runtime that is incompatible with this layer (%s is not in [%s])",
                            fn->runtime->name, b.data ? b.data : "");
                ccdk__buf_free(&b);
                return;
            }
        }
        fn->layers[fn->nlayers++] = l;
    }
}

/* ------------------------------------------------------------------ nil handles */

/* A Function of this thread's orphan App (never synthesized): what a call returns, after recording
 * its error, where aws-cdk-lib would have thrown and C needs a usable handle (never NULL). */
ccdk_lambda_function *ccdk__nil_function(void)
{
    static _Thread_local ccdk_lambda_function *nil;
    static _Thread_local ccdk_app *nil_app;
    ccdk_stack *s = ccdk__nil_stack();
    if (!nil || nil_app != s->node.app) {
        nil_app = s->node.app;
        nil = ccdk_lambda_function_new(s, "NilFunction", &(ccdk_lambda_function_props){
            .runtime = &ccdk_lambda_runtime_NODEJS_20_X, .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(s, "exports.handler = async () => null;")});
    }
    return nil;
}
