/* stress shape deep_tree: N functions (default 1,000) at the leaves of a binary-ish tree of plain
 * constructs D levels deep (default 12) in one stack: each level halves the functions between
 * children "N0" and "N1" (one child "N0" once a single function is left), and a construct of level
 * D holds its functions Fn0, Fn1, .... Tags: "App" on the App, "Subtree" on each level-2
 * construct. Three aspects: on the App (default priority) a Description override on every
 * AWS::Lambda::Function; on the stack (READONLY) a count of the CfnResources; on each level-1
 * construct (MUTATING) a Metadata entry on every AWS::IAM::Role. stackResourceLimit off. Same
 * construct ids as deep_tree.js.
 * Usage: deep_tree [N [D]]   (output: $CDK_OUTDIR, else cdk.out) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ccdk/lambda.h>

static long depth = 12;

static void fn_description(void *construct, void *ctx)
{
    (void)ctx;
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    if (r && strcmp(ccdk_cfn_resource_type(r), "AWS::Lambda::Function") == 0)
        ccdk_cfn_resource_add_property_override(r, "Description", ccdk_v_string(r, "deep tree function"));
}

static void count_resources(void *construct, void *ctx)
{
    if (ccdk_cfn_resource_of(construct))
        ++*(long *)ctx;
}

static void role_metadata(void *construct, void *ctx)
{
    (void)ctx;
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(construct);
    if (r && strcmp(ccdk_cfn_resource_type(r), "AWS::IAM::Role") == 0)
        ccdk_cfn_resource_add_metadata(r, "StressTree", ccdk_v_string(r, "leaf role"));
}

static void build(ccdk_stack *stack, ccdk_construct *scope, long level, long count, int top)
{
    char id[32], sub[32];
    if (level == depth) {
        for (long i = 0; i < count; i++) {
            snprintf(id, sizeof id, "Fn%ld", i);
            ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
                .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
                .handler = "index.handler",
                .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 'ok';"),
                .timeout = ccdk_duration_seconds(30),
            });
        }
        return;
    }
    long halves[2] = {count - count / 2, count / 2};
    for (int c = 0; c < 2 && halves[c] > 0; c++) {
        snprintf(id, sizeof id, "N%d", c);
        ccdk_construct *child = level == 0 ? ccdk_construct_new(stack, id) : ccdk_construct_new(scope, id);
        if (level + 1 == 1)
            ccdk_aspects_add_with_priority(child, role_metadata, NULL, CCDK_ASPECT_PRIORITY_MUTATING);
        if (level + 1 == 2) {
            snprintf(sub, sizeof sub, "N%dN%d", top, c);
            ccdk_tags_add(child, "Subtree", sub);
        }
        build(stack, child, level + 1, halves[c], level == 0 ? c : top);
    }
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 1000;
    if (argc > 2)
        depth = strtol(argv[2], NULL, 10);
    if (n < 1 || depth < 1) {
        fprintf(stderr, "usage: deep_tree [N [D]] (N, D >= 1)\n");
        return 2;
    }
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:stackResourceLimit", "0"})});
    ccdk_stack *stack = ccdk_stack_new(app, "TreeStack", NULL);
    long resources = 0;
    ccdk_tags_add(app, "App", "deep-tree");
    ccdk_aspects_add(app, fn_description, NULL);
    ccdk_aspects_add_with_priority(stack, count_resources, &resources, CCDK_ASPECT_PRIORITY_READONLY);
    build(stack, NULL, 0, n, 0);
    int rc = ccdk_app_synth(app);
    if (getenv("STRESS_VERBOSE"))
        fprintf(stderr, "deep_tree: %ld CfnResources\n", resources);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
