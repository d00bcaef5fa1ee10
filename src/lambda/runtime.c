/* runtime.c - Lambda runtimes (aws-cdk-lib 2.276.0's Runtime constants, determineLatestNodeRuntime)
 * and architectures. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ccdk/lambda.h"
#include "lambda_internal.h"

#define N CCDK_LAMBDA_FAMILY_NODEJS
#define P CCDK_LAMBDA_FAMILY_PYTHON
#define J CCDK_LAMBDA_FAMILY_JAVA
#define D CCDK_LAMBDA_FAMILY_DOTNET_CORE
#define G CCDK_LAMBDA_FAMILY_GO
#define R CCDK_LAMBDA_FAMILY_RUBY
#define O CCDK_LAMBDA_FAMILY_OTHER

/* name, family, inline code, CodeGuru profiling, SnapStart, variable */
#define RT(sym, nm, fam, inl, cg, ss, var) \
    const ccdk_lambda_runtime ccdk_lambda_runtime_##sym = {nm, fam, inl, cg, ss, var, NULL};
RT(NODEJS, "nodejs", N, 1, 0, 0, 0)
RT(NODEJS_4_3, "nodejs4.3", N, 1, 0, 0, 0)
RT(NODEJS_6_10, "nodejs6.10", N, 1, 0, 0, 0)
RT(NODEJS_8_10, "nodejs8.10", N, 1, 0, 0, 0)
RT(NODEJS_10_X, "nodejs10.x", N, 1, 0, 0, 0)
RT(NODEJS_12_X, "nodejs12.x", N, 1, 0, 0, 0)
RT(NODEJS_14_X, "nodejs14.x", N, 1, 0, 0, 0)
RT(NODEJS_16_X, "nodejs16.x", N, 1, 0, 0, 0)
RT(NODEJS_18_X, "nodejs18.x", N, 1, 0, 0, 0)
RT(NODEJS_20_X, "nodejs20.x", N, 1, 0, 0, 0)
RT(NODEJS_22_X, "nodejs22.x", N, 1, 0, 0, 0)
RT(NODEJS_24_X, "nodejs24.x", N, 1, 0, 0, 0)
RT(NODEJS_LATEST, "nodejs24.x", N, 1, 0, 0, 1)
RT(PYTHON_2_7, "python2.7", P, 1, 0, 0, 0)
RT(PYTHON_3_6, "python3.6", P, 1, 1, 0, 0)
RT(PYTHON_3_7, "python3.7", P, 1, 1, 0, 0)
RT(PYTHON_3_8, "python3.8", P, 1, 1, 0, 0)
RT(PYTHON_3_9, "python3.9", P, 1, 1, 0, 0)
RT(PYTHON_3_10, "python3.10", P, 1, 1, 0, 0)
RT(PYTHON_3_11, "python3.11", P, 1, 1, 0, 0)
RT(PYTHON_3_12, "python3.12", P, 1, 1, 1, 0)
RT(PYTHON_3_13, "python3.13", P, 1, 1, 1, 0)
RT(PYTHON_3_14, "python3.14", P, 1, 1, 1, 0)
RT(PYTHON_3_15, "python3.15", P, 1, 1, 1, 0)
RT(JAVA_8, "java8", J, 0, 1, 0, 0)
RT(JAVA_8_CORRETTO, "java8.al2", J, 0, 1, 0, 0)
RT(JAVA_11, "java11", J, 0, 1, 1, 0)
RT(JAVA_17, "java17", J, 0, 1, 1, 0)
RT(JAVA_21, "java21", J, 0, 1, 1, 0)
RT(JAVA_25, "java25", J, 0, 1, 1, 0)
RT(JAVA_8_AL2023, "java8.al2023", J, 0, 1, 0, 0)
RT(JAVA_11_AL2023, "java11.al2023", J, 0, 1, 1, 0)
RT(JAVA_17_AL2023, "java17.al2023", J, 0, 1, 1, 0)
RT(DOTNET_6, "dotnet6", D, 0, 0, 0, 0)
RT(DOTNET_8, "dotnet8", D, 0, 0, 1, 0)
RT(DOTNET_9, "dotnet9", D, 0, 0, 1, 0)
RT(DOTNET_10, "dotnet10", D, 0, 0, 1, 0)
RT(DOTNET_CORE_1, "dotnetcore1.0", D, 0, 0, 0, 0)
RT(DOTNET_CORE_2, "dotnetcore2.0", D, 0, 0, 0, 0)
RT(DOTNET_CORE_2_1, "dotnetcore2.1", D, 0, 0, 0, 0)
RT(DOTNET_CORE_3_1, "dotnetcore3.1", D, 0, 0, 0, 0)
RT(GO_1_X, "go1.x", G, 0, 0, 0, 0)
RT(RUBY_2_5, "ruby2.5", R, 0, 0, 0, 0)
RT(RUBY_2_7, "ruby2.7", R, 0, 0, 0, 0)
RT(RUBY_3_2, "ruby3.2", R, 0, 0, 0, 0)
RT(RUBY_3_3, "ruby3.3", R, 0, 0, 0, 0)
RT(RUBY_3_4, "ruby3.4", R, 0, 0, 0, 0)
RT(RUBY_4_0, "ruby4.0", R, 0, 0, 0, 0)
RT(PROVIDED, "provided", O, 0, 0, 0, 0)
RT(PROVIDED_AL2, "provided.al2", O, 0, 0, 0, 0)
RT(PROVIDED_AL2023, "provided.al2023", O, 0, 0, 0, 0)
RT(FROM_IMAGE, "FROM_IMAGE", CCDK_LAMBDA_FAMILY_NONE, 0, 0, 0, 0)

#define ALL(sym) &ccdk_lambda_runtime_##sym,
const ccdk_lambda_runtime *const ccdk_lambda_runtime_all[] = {CCDK_LAMBDA_RUNTIMES(ALL) NULL};

/* Runtime.ALL is not a constant list in aws-cdk-lib: the Runtime constructor pushes every new runtime
 * onto it, and LayerVersion.fromLayerVersionArn gives the import that very array, so a custom
 * runtime (new Runtime('nodejs99.x', ...)) is compatible with imported layers, and the layers hash
 * of the currentVersion lists it. A C runtime is a struct of the user's: ccdk sees it when it is
 * first used (a function's runtime, a layer's compatible runtimes; determineLatestNodeRuntime makes
 * one) and appends a copy then. Process-wide, as the static array is; never freed. */
typedef struct {
    const ccdk_lambda_runtime *orig;
    ccdk_lambda_runtime copy;
} joined_runtime;
static pthread_mutex_t joined_mu = PTHREAD_MUTEX_INITIALIZER;
static joined_runtime **joined;
static size_t njoined, capjoined;

static int same_str(const char *a, const char *b) { return a && b ? !strcmp(a, b) : a == b; }

static char *dup_or_null(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    return d ? memcpy(d, s, n) : NULL;
}

void ccdk__runtime_join(const ccdk_lambda_runtime *rt)
{
    if (!rt)
        return;
    /* a custom runtime enters here (a function's or a layer's): its family must be a constant (the
     * message is made for the error only: this runs for every function) */
    if ((int)rt->family < (int)CCDK_LAMBDA_FAMILY_NODEJS || (int)rt->family > (int)CCDK_LAMBDA_FAMILY_NONE) {
        char what[160];
        snprintf(what, sizeof what, "runtime %s: family", rt->name ? rt->name : "(no name)");
        CCDK__ENUM_OK(NULL, rt->family, ccdk_lambda_runtime_family, CCDK_LAMBDA_FAMILY_NODEJS, CCDK_LAMBDA_FAMILY_NONE, what);
    }
    for (const ccdk_lambda_runtime *const *r = ccdk_lambda_runtime_all; *r; r++)
        if (*r == rt)
            return; /* a constant: in Runtime.ALL from the start */
    pthread_mutex_lock(&joined_mu);
    for (size_t i = 0; i < njoined; i++) {
        const ccdk_lambda_runtime *c = &joined[i]->copy;
        /* the same struct, unchanged (an address that now holds another runtime is a new one) */
        if (joined[i]->orig == rt && same_str(c->name, rt->name) && c->family == rt->family &&
            c->supports_inline_code == rt->supports_inline_code && c->is_variable == rt->is_variable &&
            same_str(c->bundling_docker_image, rt->bundling_docker_image)) {
            pthread_mutex_unlock(&joined_mu);
            return;
        }
    }
    joined_runtime *j = malloc(sizeof *j);
    if (j && njoined == capjoined) {
        size_t cap = capjoined ? capjoined * 2 : 8;
        joined_runtime **g = realloc(joined, cap * sizeof *g);
        if (g) {
            joined = g;
            capjoined = cap;
        }
    }
    if (j && njoined < capjoined) {
        j->orig = rt;
        j->copy = *rt;
        j->copy.name = dup_or_null(rt->name);
        j->copy.bundling_docker_image = dup_or_null(rt->bundling_docker_image);
        joined[njoined++] = j;
    } else {
        free(j);
    }
    pthread_mutex_unlock(&joined_mu);
}

const ccdk_lambda_runtime **ccdk__runtime_all_now(ccdk_app *app, int *n)
{
    size_t nstatic = 0;
    while (ccdk_lambda_runtime_all[nstatic])
        nstatic++;
    pthread_mutex_lock(&joined_mu);
    const ccdk_lambda_runtime **out = ccdk__alloc(app, (nstatic + njoined + 1) * sizeof *out);
    size_t k = 0;
    for (size_t i = 0; i < nstatic; i++)
        out[k++] = ccdk_lambda_runtime_all[i]; /* aws-cdk-lib's declaration order */
    for (size_t i = 0; i < njoined; i++)
        out[k++] = &joined[i]->copy;
    pthread_mutex_unlock(&joined_mu);
    out[k] = NULL;
    *n = (int)k;
    return out;
}

const ccdk_lambda_runtime *ccdk_lambda_runtime_by_name(const char *name)
{
    for (const ccdk_lambda_runtime *const *r = ccdk_lambda_runtime_all; name && *r; r++)
        if (!strcmp((*r)->name, name) && !(*r)->is_variable)
            return *r;
    return NULL;
}

/* Runtime.bundlingImage: props.bundlingDockerImage ?? `public.ecr.aws/sam/build-${name}`. The name is
 * made in the App's arena: a static buffer here was overwritten by the next call (and raced between
 * Apps in two threads). */
const char *ccdk__runtime_bundling_image(ccdk_app *app, const ccdk_lambda_runtime *rt)
{
    if (rt && rt->bundling_docker_image)
        return ccdk__strdup(app, rt->bundling_docker_image);
    return rt && rt->name ? ccdk__sprintf(app, "public.ecr.aws/sam/build-%s", rt->name) : NULL;
}

/* Runtime.runtimeEquals: name, family and supportsInlineCode (a boolean there: !!props...) */
int ccdk_lambda_runtime_equals(const ccdk_lambda_runtime *rt, const ccdk_lambda_runtime *other)
{
    if (!rt || !other)
        return 0;
    if (rt == other)
        return 1;
    int same_name = rt->name && other->name ? !strcmp(rt->name, other->name) : rt->name == other->name;
    return same_name && rt->family == other->family && !rt->supports_inline_code == !other->supports_inline_code;
}

ccdk_docker_image ccdk_lambda_runtime_bundling_image(void *scope, const ccdk_lambda_runtime *rt)
{
    return (ccdk_docker_image){ccdk__runtime_bundling_image(ccdk__app_of(scope), rt), NULL};
}

const ccdk_lambda_architecture ccdk_lambda_architecture_x86_64 = {"x86_64", "linux/amd64"};
const ccdk_lambda_architecture ccdk_lambda_architecture_arm_64 = {"arm64", "linux/arm64"};

/* determineLatestNodeRuntime(scope) (runtime.ts): new Runtime(Stack.of(scope).regionalFact(
 * LATEST_NODE_RUNTIME, NODEJS_24_X.name), NODEJS, {supportsInlineCode, isVariable}). aws-cdk-lib
 * 2.276.0's fact is nodejs24.x in every region it knows, and the default (a region it does not know,
 * no region of the target partitions) is the same: the name never varies. What remains of
 * regionalFact are its errors: no stack, and (for an environment-agnostic stack) a
 * '@aws-cdk/core:target-partitions' context that is not a list. NULL after an error. */
const ccdk_lambda_runtime *ccdk__latest_node_runtime(void *scope)
{
    ccdk__node *n = ccdk__node_of(scope);
    ccdk_stack *stack = ccdk_stack_of(n); /* records Stack.of's error when there is none */
    if (!stack)
        return NULL;
    ccdk_value *parts;
    if (ccdk__stack_is_env_agnostic_region(stack) && ccdk__target_partitions(stack, &parts) != 0)
        return NULL;
    return &ccdk_lambda_runtime_NODEJS_24_X;
}

const ccdk_lambda_runtime *ccdk__determine_latest_node_runtime(void *scope)
{
    ccdk_app *app = ccdk__node_of(scope)->app;
    ccdk_lambda_runtime *rt = ccdk__alloc(app, sizeof *rt);
    const ccdk_lambda_runtime *found = ccdk__latest_node_runtime(scope);
    *rt = (ccdk_lambda_runtime){.name = found ? found->name : ccdk_lambda_runtime_NODEJS_24_X.name,
                                .family = CCDK_LAMBDA_FAMILY_NODEJS, .supports_inline_code = 1, .is_variable = 1};
    ccdk__runtime_join(rt); /* new Runtime(...) joins Runtime.ALL */
    return rt;
}

const ccdk_lambda_runtime *ccdk_lambda_determine_latest_node_runtime(void *construct)
{
    ccdk__node *n = ccdk__scope(construct); /* a bad handle goes to the process-wide list */
    return ccdk__determine_latest_node_runtime(n);
}

/* Runtime.determineLatestPythonRuntime(scope) (runtime.ts): aws-cdk-lib 2.276.0 returns
 * Runtime.PYTHON_3_13 itself and does not look at the scope (no regional fact, no error). */
const ccdk_lambda_runtime *ccdk_lambda_determine_latest_python_runtime(void *construct)
{
    (void)construct;
    return &ccdk_lambda_runtime_PYTHON_3_13;
}
