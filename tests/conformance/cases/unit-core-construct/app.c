/* aws-cdk's core construct.test.ts, what maps to the node API (the App as the tree's root): see
 * app.js. */
#include <stdio.h>

#include <ccdk/core.h>

static ccdk_app *app;
static ccdk_stack *out;
static int n;

static void output(const char *v)
{
    ccdk_cfn_output_new(out, ccdk_fmt(app, "O%d", n++), &(ccdk_cfn_output_props){.value = ccdk_fmt(app, "[%s]", v)});
}

static const char *path(ccdk_construct *c)
{
    return c ? ccdk_node_path(c) : "undefined";
}

static const char *ctx(ccdk_construct *c, const char *key)
{
    const char *v = ccdk_node_try_get_context(c, key);
    return v ? v : "undefined";
}

static const char *ids_of(ccdk_construct **cs, size_t len)
{
    const char *s = "";
    for (size_t i = 0; i < len; i++)
        s = ccdk_fmt(app, "%s%s%s", s, i ? "," : "", ccdk_node_id(cs[i]));
    return s;
}

int main(void)
{
    app = ccdk_app_new(NULL);
    const char *root_info = ccdk_fmt(app, "\"%s\" %s %zu", ccdk_node_id(app), ccdk_node_scope(app) ? "false" : "true",
                                     ccdk_node_child_count(app));
    out = ccdk_stack_new(app, "Out", NULL);
    output(root_info);

    /* construct id can use any character except the path separator */
    ccdk_construct *ids = ccdk_construct_new(app, "Ids");
    const char *names[] = {"valid", "ValiD", "Va123lid", "v", "  invalid", "invalid   ", "123invalid", "in valid",
                           "in_Valid", "in-Valid", "in\\Valid", "in.Valid"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        ccdk_construct_new(ids, names[i]);
    output(ccdk_node_id(ccdk_construct_new(ids, "Boom/Boom/Bam")));

    /* construct.name, children, tryFindChild, findChild */
    ccdk_construct *high = ccdk_construct_new(app, "HighChild");
    ccdk_node_set_context(high, "ctx1", "12");
    ccdk_node_set_context(high, "ctx2", "\"hello\"");
    ccdk_construct *child1 = ccdk_construct_new(high, "Child1");
    ccdk_construct *child2 = ccdk_construct_new(high, "Child2");
    ccdk_construct *child11 = ccdk_construct_new(child1, "Child11");
    ccdk_construct *child12 = ccdk_construct_new(child1, "Child12");
    ccdk_construct *child111 = ccdk_construct_new(child11, "Child111");
    ccdk_construct_new(child2, "Child21");
    ccdk_construct *named[] = {child1, child2, child11, child12, child111};
    output(ids_of(named, 5));
    output(ccdk_fmt(app, "%zu %zu %zu", ccdk_node_child_count(child111), ccdk_node_child_count(high),
                    ccdk_node_child_count(child1)));
    output(ccdk_fmt(app, "%s %s %s", path(ccdk_node_try_find_child(high, "Child1")),
                    path(ccdk_node_try_find_child(high, "NotFound")), path(ccdk_node_find_child(high, "Child2"))));
    output(ccdk_fmt(app, "%s|%s|%s", ccdk_node_path(app), path(child111), path(child2)));

    /* can remove children from the tree using tryRemoveChild() */
    ccdk_construct *removable = ccdk_construct_new(app, "Removable");
    size_t before = ccdk_node_child_count(removable);
    ccdk_construct *gone = ccdk_construct_new(removable, "Construct");
    int r1 = ccdk_node_try_remove_child(removable, ccdk_node_id(gone));
    int r2 = ccdk_node_try_remove_child(removable, ccdk_node_id(gone));
    output(ccdk_fmt(app, "%s %s %s %s", r1 ? "true" : "false", r2 ? "true" : "false",
                    path(ccdk_node_try_find_child(removable, "Construct")),
                    before == ccdk_node_child_count(removable) ? "true" : "false"));
    ccdk_stack *with_resources = ccdk_stack_new(app, "WithResources", NULL);
    ccdk_cfn_resource_new(with_resources, "Kept", "Test::Resource", NULL);
    ccdk_cfn_resource_new(with_resources, "Removed", "Test::Resource", NULL);
    ccdk_cfn_resource_new(ccdk_construct_new(with_resources, "Group"), "Inner", "Test::Resource", NULL);
    r1 = ccdk_node_try_remove_child(with_resources, "Removed");
    r2 = ccdk_node_try_remove_child(with_resources, "Group");
    output(ccdk_fmt(app, "%s %s", r1 ? "true" : "false", r2 ? "true" : "false"));
    /* a stack, and a construct holding one, taken out of the App: not synthesized */
    ccdk_cfn_resource_new(ccdk_stack_new(app, "RemovedStack", NULL), "R", "Test::Resource", NULL);
    ccdk_cfn_resource_new(ccdk_stack_new(ccdk_construct_new(app, "RemovedGroup"), "Inner", NULL), "R", "Test::Resource",
                          NULL);
    r1 = ccdk_node_try_remove_child(app, "RemovedStack");
    r2 = ccdk_node_try_remove_child(app, "RemovedGroup");
    output(ccdk_fmt(app, "%s %s", r1 ? "true" : "false", r2 ? "true" : "false"));

    /* context: the lowermost value defined */
    output(ccdk_fmt(app, "%s %s", ctx(child12, "ctx1"), ctx(child111, "ctx2")));
    ccdk_construct *ctx_high = ccdk_construct_new(app, "highChild");
    ccdk_node_set_context(ctx_high, "c1", "\"root\"");
    ccdk_node_set_context(ctx_high, "c2", "\"root\"");
    ccdk_construct *ctx1 = ccdk_construct_new(ctx_high, "child1");
    ccdk_node_set_context(ctx1, "c2", "\"child1\"");
    ccdk_node_set_context(ctx1, "c3", "\"child1\"");
    ccdk_construct *ctx2 = ccdk_construct_new(ctx_high, "child2");
    ccdk_construct *ctx3 = ccdk_construct_new(ctx1, "child1child1");
    ccdk_node_set_context(ctx3, "c1", "\"child3\"");
    ccdk_node_set_context(ctx3, "c4", "\"child3\"");
    ccdk_construct *levels[] = {ctx_high, ctx1, ctx2, ctx3};
    for (size_t i = 0; i < 4; i++)
        output(ccdk_fmt(app, "%s,%s,%s,%s", ctx(levels[i], "c1"), ctx(levels[i], "c2"), ctx(levels[i], "c3"),
                        ctx(levels[i], "c4")));

    /* findAll returns a list of all children in either DFS or BFS */
    ccdk_construct *c1 = ccdk_construct_new(app, "1");
    ccdk_construct *c2 = ccdk_construct_new(c1, "2");
    ccdk_construct_new(c1, "3");
    ccdk_construct_new(c2, "4");
    ccdk_construct_new(c2, "5");
    ccdk_construct *all[8];
    size_t len = ccdk_node_find_all(c1, CCDK_CONSTRUCT_ORDER_PREORDER, all, 8);
    output(ids_of(all, len));
    output(ids_of(all, ccdk_node_find_all(c1, CCDK_CONSTRUCT_ORDER_PREORDER, all, 8)));
    output(ids_of(all, ccdk_node_find_all(c1, CCDK_CONSTRUCT_ORDER_POSTORDER, all, 8)));

    /* defaultChild */
    ccdk_construct *d1 = ccdk_construct_new(app, "D1");
    ccdk_construct_new(d1, "child1");
    ccdk_construct_new(d1, "Resource");
    ccdk_construct_new(d1, "child2");
    ccdk_construct *d2 = ccdk_construct_new(app, "D2");
    ccdk_construct_new(d2, "child1");
    ccdk_construct_new(d2, "Default");
    ccdk_construct *d3 = ccdk_construct_new(app, "D3");
    ccdk_construct_new(d3, "Resource");
    ccdk_node_set_default_child(d3, ccdk_construct_new(d3, "OtherResource"));
    ccdk_construct *d4 = ccdk_construct_new(app, "D4");
    ccdk_construct_new(d4, "child1");
    ccdk_construct *d5 = ccdk_construct_new(app, "D5");
    ccdk_construct_new(d5, "Resource");
    ccdk_node_set_default_child(d5, ccdk_construct_new(d5, "Other"));
    ccdk_node_set_default_child(d5, NULL);
    output(ccdk_fmt(app, "%s,%s,%s,%s,%s", path(ccdk_node_default_child(d1)), path(ccdk_node_default_child(d2)),
                    path(ccdk_node_default_child(d3)), path(ccdk_node_default_child(d4)),
                    path(ccdk_node_default_child(d5))));
    /* a default child set on an L2-like construct takes its removal policy */
    ccdk_construct *holder = ccdk_construct_new(with_resources, "Holder");
    ccdk_cfn_resource *l1 = ccdk_cfn_resource_new(holder, "NotResource", "Test::Resource", NULL);
    ccdk_node_set_default_child(holder, l1);
    ccdk_cfn_resource_apply_removal_policy(ccdk_cfn_resource_of(ccdk_node_default_child(holder)),
                                           CCDK_REMOVAL_POLICY_RETAIN);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
