/* aws-cdk's core cfn-resource.test.ts and deps.test.ts, a stack (or a few) per test: see app.js. */
#include <stdio.h>
#include <string.h>

#include <ccdk/core.h>

static ccdk_app *app;

/* obtainDependencies().map(x => x.node.path).join(',') || 'none' */
static const char *paths(ccdk_cfn_resource *r)
{
    const char *out = "";
    size_t n = ccdk_cfn_resource_dependency_count(r);
    for (size_t i = 0; i < n; i++)
        out = ccdk_fmt(app, "%s%s%s", out, i ? "," : "", ccdk_node_path(ccdk_cfn_resource_dependency(r, i)));
    return n ? out : "none";
}

/* stack.dependencies.map(s => s.node.id).join(',') */
static const char *dep_ids(ccdk_stack *s)
{
    const char *out = "";
    for (size_t i = 0; i < ccdk_stack_dependency_count(s); i++)
        out = ccdk_fmt(app, "%s%s%s", out, i ? "," : "", ccdk_node_id(ccdk_stack_dependency(s, i)));
    return out;
}

static void output(ccdk_stack *scope, const char *id, const char *value)
{
    ccdk_cfn_output_new(scope, id, &(ccdk_cfn_output_props){.value = value});
}

static ccdk_construct *nested_compound;
static ccdk_cfn_resource *nested_child, *top_child;

static void nested_fixture(const char *id, int support)
{
    ccdk_stack *root = ccdk_stack_new(app, id, NULL);
    nested_compound = ccdk_construct_new(root, "Compound");
    ccdk_stack *nested = support ? ccdk_stack_new(nested_compound, "Support", NULL)
                                 : ccdk_nested_stack_new(nested_compound, "Nested", NULL);
    ccdk_cfn_resource_new(nested_compound, "NestedSibling", "Test::Resource::Fake", NULL);
    nested_child = ccdk_cfn_resource_new(nested, support ? "SupportChild" : "NestedChild", "Test::Resource::Fake", NULL);
    top_child = ccdk_cfn_resource_new(root, "TopChild", "Test::Resource::Fake", NULL);
}

int main(void)
{
    app = ccdk_app_new(NULL);

    /* can explicitly remove a dependency between resources */
    ccdk_stack *s1 = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *a1 = ccdk_cfn_resource_new(s1, "Resource1", "Test::Resource::Fake1", NULL);
    ccdk_cfn_resource *a2 = ccdk_cfn_resource_new(s1, "Resource2", "Test::Resource::Fake2", NULL);
    ccdk_cfn_resource *a3 = ccdk_cfn_resource_new(s1, "Resource3", "Test::Resource::Fake3", NULL);
    ccdk_cfn_resource_add_depends_on(a1, a2);
    ccdk_cfn_resource_add_depends_on(a1, a3);
    ccdk_cfn_resource_remove_dependency(a1, a2);
    ccdk_cfn_resource_remove_dependency(a1, a2);
    output(s1, "Obtained", paths(a1));
    /* replaceDependency within a stack */
    ccdk_cfn_resource *a4 = ccdk_cfn_resource_new(s1, "Resource4", "Test::Resource::Fake4", NULL);
    ccdk_cfn_resource_add_depends_on(a4, a1);
    ccdk_cfn_resource_replace_dependency(a4, a1, a2);
    output(s1, "Replaced", paths(a4));
    /* can read metadata; isCfnResource */
    ccdk_cfn_resource_add_metadata(a2, "Beep", ccdk_v_string(app, "Boop"));
    output(s1, "Metadata", ccdk_v_to_string(ccdk_cfn_resource_get_metadata(a2, "Beep")));
    output(s1, "NoMetadata", ccdk_cfn_resource_get_metadata(a2, "Nope") ? "defined" : "undefined");
    output(s1, "IsCfnResource", ccdk_fmt(app, "%s,%s,%s", ccdk_cfn_resource_of(a1) ? "true" : "false",
                                         ccdk_cfn_resource_of(s1) ? "true" : "false",
                                         ccdk_cfn_resource_of(NULL) ? "true" : "false"));

    /* can explicitly add, obtain, and remove dependencies across stacks */
    ccdk_stack *x1 = ccdk_stack_new(app, "TestStack1", NULL);
    char long_id[248];
    memset(long_id, 'A', 247);
    long_id[247] = 0;
    ccdk_stack *x2 = ccdk_stack_new(app, long_id, &(ccdk_stack_props){.stack_name = "TestStack2"});
    ccdk_cfn_resource *r1 = ccdk_cfn_resource_new(x1, "Resource1", "Test::Resource::Fake1", NULL);
    ccdk_cfn_resource *r2 = ccdk_cfn_resource_new(x2, "Resource2", "Test::Resource::Fake2", NULL);
    ccdk_cfn_resource *r3 = ccdk_cfn_resource_new(x1, "Resource3", "Test::Resource::Fake3", NULL);
    ccdk_cfn_resource_add_depends_on(r1, r2);
    ccdk_cfn_resource_add_depends_on(r1, r2);
    ccdk_cfn_resource_add_depends_on(r1, r3);
    output(x1, "Before", ccdk_fmt(app, "%zu %s %s", ccdk_stack_dependency_count(x1), dep_ids(x1), paths(r1)));
    ccdk_cfn_resource_remove_dependency(r1, r2);
    ccdk_cfn_resource_remove_dependency(r1, r2);
    output(x1, "After", ccdk_fmt(app, "%zu %s", ccdk_stack_dependency_count(x1), paths(r1)));
    /* a dependency with another reason stays when one goes */
    ccdk_cfn_resource *r4 = ccdk_cfn_resource_new(x1, "Resource4", "Test::Resource::Fake4", NULL);
    ccdk_cfn_resource_add_depends_on(r4, r2);
    ccdk_cfn_resource_add_depends_on(r1, r2);
    ccdk_cfn_resource_remove_dependency(r4, r2);
    output(x1, "Kept", ccdk_fmt(app, "%zu %s %s", ccdk_stack_dependency_count(x1), paths(r1), paths(r4)));

    /* can explicitly add, then replace dependencies across stacks */
    ccdk_stack *y1 = ccdk_stack_new(app, "ReplaceStack1", NULL);
    ccdk_stack *y2 = ccdk_stack_new(app, "ReplaceStack2", NULL);
    ccdk_stack *y3 = ccdk_stack_new(app, "ReplaceStack3", NULL);
    ccdk_cfn_resource *q1 = ccdk_cfn_resource_new(y1, "Resource1", "Test::Resource::Fake1", NULL);
    ccdk_cfn_resource *q2 = ccdk_cfn_resource_new(y2, "Resource2", "Test::Resource::Fake2", NULL);
    ccdk_cfn_resource *q3 = ccdk_cfn_resource_new(y3, "Resource3", "Test::Resource::Fake3", NULL);
    ccdk_cfn_resource_add_depends_on(q1, q2);
    ccdk_cfn_resource_replace_dependency(q1, q2, q3);
    output(y1, "Deps", ccdk_fmt(app, "%s %s", dep_ids(y1), paths(q1)));

    /* across "nested" (support) stacks below a construct */
    ccdk_stack *z1 = ccdk_stack_new(app, "SupportParent", NULL);
    ccdk_construct *common = ccdk_construct_new(z1, "CommonConstruct");
    ccdk_stack *n1 = ccdk_stack_new(common, "TestNestedStack1", NULL);
    ccdk_stack *n2 = ccdk_stack_new(common, "TestNestedStack2", NULL);
    ccdk_cfn_resource *m1 = ccdk_cfn_resource_new(n1, "Resource1", "Test::Resource::Fake1", NULL);
    ccdk_cfn_resource *m2 = ccdk_cfn_resource_new(n2, "Resource2", "Test::Resource::Fake2", NULL);
    ccdk_cfn_resource_add_depends_on(m1, m2);
    ccdk_cfn_resource_add_depends_on(m1, m2);
    output(z1, "NestedBefore", ccdk_fmt(app, "%zu %s", ccdk_stack_dependency_count(n1), dep_ids(n1)));
    ccdk_cfn_resource_remove_dependency(m1, m2);
    ccdk_cfn_resource_remove_dependency(m1, m2);
    output(z1, "NestedAfter", ccdk_fmt(app, "%zu %zu", ccdk_stack_dependency_count(n1), ccdk_stack_dependency_count(z1)));

    /* handle source being common stack: a stack's node.addDependency on its own resource is nothing */
    ccdk_stack *common1 = ccdk_stack_new(app, "CommonStack", NULL);
    ccdk_cfn_resource *cr1 = ccdk_cfn_resource_new(common1, "Resource1", "Test::Resource::Fake1", NULL);
    ccdk_cfn_resource_new(common1, "Resource2", "Test::Resource::Fake2", NULL);
    ccdk_node_add_dependency(common1, cr1);

    /* dependencies involving NestedStacks */
    nested_fixture("Root1", 0);
    ccdk_node_add_dependency(top_child, nested_child);
    nested_fixture("Root2", 0);
    ccdk_node_add_dependency(nested_child, top_child);
    nested_fixture("Root3", 0);
    ccdk_node_add_dependency(top_child, nested_compound);

    /* dependencies involving support Stacks */
    nested_fixture("Top1", 1);
    ccdk_node_add_dependency(top_child, nested_child);
    nested_fixture("Top2", 1);
    ccdk_node_add_dependency(nested_child, top_child);
    nested_fixture("Top3", 1);
    ccdk_node_add_dependency(top_child, nested_compound);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
