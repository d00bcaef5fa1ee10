/* aws-cdk's core names.test.ts, construct.test.ts's Names.uniqueId test and
 * Names.uniqueResourceName, each value an output of the stack 'Names': see app.js. */
#include <string.h>

#include <ccdk/core.h>

static ccdk_app *app;
static ccdk_stack *out;
static int n;

static void output(const char *v)
{
    ccdk_cfn_output_new(out, ccdk_fmt(app, "O%d", n++), &(ccdk_cfn_output_props){.value = ccdk_fmt(app, "[%s]", v)});
}

int main(void)
{
    app = ccdk_app_new(NULL);
    out = ccdk_stack_new(app, "Names", NULL);

    /* simple stack-relative paths */
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_construct *ctr1 = ccdk_construct_new(stack, "Ctr1");
    ccdk_construct *ctr2 = ccdk_construct_new(ctr1, "Ctr2");
    output(ccdk_names_stack_relative_construct_path(ctr2));
    output(ccdk_names_stack_relative_construct_path(stack));
    /* nested stacks are not considered roots */
    ccdk_stack *nested = ccdk_nested_stack_new(ctr1, "Nested", NULL);
    ccdk_construct *in_nested = ccdk_construct_new(nested, "Ctr2");
    output(ccdk_names_stack_relative_construct_path(in_nested));
    /* no stacks show entire path (with leading slash for root) */
    ccdk_construct *free1 = ccdk_construct_new(app, "Ctr1");
    ccdk_construct *free2 = ccdk_construct_new(free1, "Ctr2");
    output(ccdk_names_stack_relative_construct_path(free2));

    /* construct.uniqueId returns a tree-unique alphanumeric id of this construct */
    ccdk_construct *child1 = ccdk_construct_new(app, "This is the first child");
    ccdk_construct *child2 = ccdk_construct_new(child1, "Second level");
    ccdk_construct *c1 = ccdk_construct_new(child2, "My construct");
    ccdk_construct *c2 = ccdk_construct_new(child1, "My construct");
    ccdk_construct *ids[] = {c1, c2, ctr2, in_nested, free2, (ccdk_construct *)stack, (ccdk_construct *)app};
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++)
        output(ccdk_names_unique_id(ids[i]));
    output(ccdk_names_unique_id(c1)); /* Names.nodeUniqueId(c1.node) */

    /* uniqueResourceName */
    char long_id[248];
    memset(long_id, 'A', 247);
    long_id[247] = 0;
    ccdk_stack *long_stack = ccdk_stack_new(app, long_id, &(ccdk_stack_props){.stack_name = "TestStack2"});
    output(ccdk_names_unique_id(long_stack));
    output(ccdk_names_unique_resource_name(long_stack, &(ccdk_unique_resource_name_options){0}));
    ccdk_construct *deep = ccdk_construct_new(ccdk_construct_new(long_stack, "Some Level-One_x"), "Resource");
    ccdk_construct *leaf = ccdk_construct_new(deep, "Leaf.Name-2");
    ccdk_construct *names[] = {ctr2, in_nested, free2, (ccdk_construct *)stack, leaf, deep};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        ccdk_construct *c = names[i];
        output(ccdk_names_unique_resource_name(c, NULL));
        output(ccdk_names_unique_resource_name(
            c, &(ccdk_unique_resource_name_options){.max_length = CCDK_NUM(64), .separator = "-"}));
        output(ccdk_names_unique_resource_name(
            c, &(ccdk_unique_resource_name_options){
                   .max_length = CCDK_NUM(63), .separator = "-", .allowed_special_characters = "_.-"}));
        output(ccdk_names_unique_resource_name(
            c, &(ccdk_unique_resource_name_options){.max_length = CCDK_NUM(20), .allowed_special_characters = "_"}));
        output(ccdk_names_unique_resource_name(c, &(ccdk_unique_resource_name_options){.max_length = CCDK_NUM(9)}));
    }
    /* allowedSpecialCharacters as aws-cdk-lib's own uses: a character class (".-_" is a range) */
    ccdk_construct *special = ccdk_construct_new(ccdk_construct_new(stack, "a:b@c[d]^e~f"), "g.h-i_j/k\\l m");
    const char *alloweds[] = {"-", "-_", ".-_", "/_-", "_", "\\."};
    for (size_t i = 0; i < 6; i++)
        output(ccdk_names_unique_resource_name(
            special, &(ccdk_unique_resource_name_options){.allowed_special_characters = alloweds[i], .separator = "|"}));
    char xs[301];
    memset(xs, 'x', 300);
    xs[300] = 0;
    ccdk_construct *very_long = ccdk_construct_new(stack, xs);
    output(ccdk_names_unique_resource_name(very_long, NULL));
    output(ccdk_names_unique_resource_name(very_long, &(ccdk_unique_resource_name_options){.max_length = CCDK_NUM(255)}));
    output(ccdk_names_unique_resource_name(
        ccdk_construct_new(very_long, "Child"),
        &(ccdk_unique_resource_name_options){.max_length = CCDK_NUM(101), .separator = "/"}));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
