/* test_nested_stack.c - NestedStack: getters, parameters set after construction, dependencies,
 * the parent's metadata file, the errors of a bad scope (the conformance cases nested-stack-* and error-nested-stack-* compare
 * the synthesized files with aws-cdk-lib's). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <ccdk/core.h>

#include "testlib.h"

void ccdk__process_errors_clear(void); /* tests only (src/core/arena.h) */

static char tmpdir[] = "/tmp/ccdk-test-nested-XXXXXX";

static ccdk_app *new_app(void)
{
    return ccdk_app_new(&(ccdk_app_props){.outdir = tmpdir, .quiet = 1});
}

TEST(getters)
{
    ccdk_app *app = new_app();
    ccdk_stack *stack = ccdk_stack_new(app, "Parent", NULL);
    ccdk_construct *group = ccdk_construct_new(stack, "Group");
    ccdk_stack *nested = ccdk_nested_stack_new(group, "Child", NULL);
    ccdk_stack *inner = ccdk_nested_stack_new(nested, "Inner", NULL);
    CHECK(ccdk_nested_stack_resource(stack) == NULL);
    CHECK(ccdk_nested_stack_template_file(stack) == NULL);
    CHECK(ccdk_nested_stack_parent(stack) == NULL);
    CHECK(ccdk_nested_stack_parent(nested) == stack);
    CHECK(ccdk_nested_stack_parent(inner) == nested);
    ccdk_cfn_resource *r = ccdk_nested_stack_resource(nested);
    CHECK(r != NULL);
    CHECK_STR_EQ(ccdk_cfn_resource_type(r), "AWS::CloudFormation::Stack");
    CHECK_STR_EQ(ccdk_node_path(r), "Parent/Group/Child.NestedStack/Child.NestedStackResource");
    CHECK((void *)ccdk_node_default_child(nested) == (void *)r);
    /* Names.uniqueId of the nested stack (aws-cdk-lib 2.276.0: nestedStack.templateFile) */
    CHECK_STR_EQ(ccdk_nested_stack_template_file(nested), "ParentGroupChild5FE0903B.nested.template.json");
    /* Stack.of: the nested stack for what is inside it, and for itself */
    ccdk_cfn_resource *thing = ccdk_cfn_resource_new(inner, "Thing", "AWS::SNS::Topic", NULL);
    CHECK(ccdk_stack_of(thing) == inner);
    CHECK(ccdk_stack_of(inner) == inner);
    /* the contextual name is a token, not the generated literal */
    CHECK(ccdk_token_is_unresolved(ccdk_stack_name(nested)));
    CHECK(ccdk_token_is_unresolved(ccdk_stack_stack_id(nested)));
    CHECK_STR_EQ(ccdk_stack_name(stack), "Parent");
    CHECK_INT_EQ((int)ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

TEST(set_parameter_and_templates)
{
    ccdk_app *app = new_app();
    ccdk_stack *stack = ccdk_stack_new(app, "Parent", NULL);
    ccdk_stack *nested = ccdk_nested_stack_new(stack, "Child", &(ccdk_nested_stack_props){
        .parameters = CCDK_KVS({"First", "1"}),
    });
    ccdk_cfn_parameter *p = ccdk_cfn_parameter_new(nested, "Second", NULL);
    ccdk_cfn_resource_new(nested, "Topic", "AWS::SNS::Topic",
                          ccdk_v_set(ccdk_v_object(nested), "TopicName", ccdk_v_string(nested, ccdk_cfn_parameter_value_as_string(p))));
    ccdk_nested_stack_set_parameter(nested, "Second", ccdk_stack_name(stack));
    ccdk_nested_stack_set_parameter(stack, "Ignored", "x"); /* not nested: nothing */
    /* a NULL name: an error on the process-wide list (a parameter silently missing otherwise) */
    ccdk__process_errors_clear();
    ccdk_nested_stack_set_parameter(nested, NULL, "x");
    CHECK_INT_EQ((long long)ccdk_process_error_count(), 1);
    CHECK_STR_EQ(ccdk_process_error(0), "ccdk_nested_stack_set_parameter: name is NULL");
    ccdk__process_errors_clear();
    if (!CHECK_RET(ccdk_app_synth(app) == 0)) {
        for (size_t i = 0; i < ccdk_app_error_count(app); i++)
            fprintf(stderr, "    %s\n", ccdk_app_error(app, i));
        ccdk_app_free(app);
        return;
    }
    const char *parent = ccdk_stack_template_json(stack);
    CHECK_CONTAINS(parent, "\"Parameters\": {\n     \"First\": \"1\",\n     \"Second\": \"Parent\"\n    }");
    CHECK(strstr(parent, "Ignored") == NULL);
    /* the nested template is read back like any: no bootstrap parameter, no rule */
    const char *child = ccdk_stack_template_json(nested);
    CHECK_CONTAINS(child, "\"TopicName\": {\n     \"Ref\": \"Second\"");
    CHECK(child && strstr(child, "BootstrapVersion") == NULL && strstr(child, "Rules") == NULL);
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, ccdk_nested_stack_template_file(nested));
    CHECK(access(path, R_OK) == 0);
    snprintf(path, sizeof path, "%s/ParentChild.nested.assets.json", tmpdir);
    CHECK(access(path, F_OK) != 0); /* no asset manifest, no artifact of its own */
    ccdk_app_free(app);
}

TEST(dependencies)
{
    ccdk_app *app = new_app();
    ccdk_stack *a = ccdk_stack_new(app, "A", NULL);
    ccdk_stack *b = ccdk_stack_new(app, "B", NULL);
    ccdk_stack *na = ccdk_nested_stack_new(a, "NA", NULL);
    ccdk_stack *nb = ccdk_nested_stack_new(b, "NB", NULL);
    ccdk_stack_add_dependency(a, na);  /* on its own nested stack: nothing */
    ccdk_stack_add_dependency(na, na); /* on itself: nothing */
    CHECK_INT_EQ((int)ccdk_stack_dependency_count(a), 0);
    ccdk_stack_add_dependency(nb, na); /* between top-level stacks */
    CHECK_INT_EQ((int)ccdk_stack_dependency_count(b), 1);
    CHECK(ccdk_stack_dependency(b, 0) == a);
    CHECK_INT_EQ((int)ccdk_app_error_count(app), 0);
    /* a nested stack in a nested stack depending on its grandparent */
    ccdk_stack *inner = ccdk_nested_stack_new(na, "Inner", NULL);
    ccdk_stack_add_dependency(inner, a);
    CHECK_INT_EQ((int)ccdk_app_error_count(app), 1);
    CHECK_STR_EQ(ccdk_app_error(app, 0), "'A/NA/Inner' cannot depend on parent stack 'A'");
    ccdk_stack_add_dependency(inner, na);
    CHECK_STR_EQ(ccdk_app_error(app, 1), "'A/NA/Inner' cannot depend on parent nested-stack 'A/NA'");
    ccdk_app_free(app);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    if (s && fread(s, 1, (size_t)n, f) != (size_t)n) {
        free(s);
        s = NULL;
    }
    if (s)
        s[n] = 0;
    fclose(f);
    return s;
}

/* The metadata of a nested stack's constructs, at any depth, goes into the top-level stack's file
 * (collectStackMetadata does not stop at nested stacks), breadth first; a nested stack's own entry
 * has its template file, after the annotations made while building and before those of its
 * synthesis. Expected: aws-cdk-lib 2.276.0 on the same app (creation stacks left out). */
TEST(metadata_in_parent)
{
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/meta", tmpdir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = dir, .quiet = 1,
                                                  .context = CCDK_KVS({"@aws-cdk/core:stackResourceLimit", "2"})});
    ccdk_stack *stack = ccdk_stack_new(app, "Parent", NULL);
    ccdk_stack *nested = ccdk_nested_stack_new(stack, "Child", NULL);
    ccdk_cfn_resource *topic = ccdk_cfn_resource_new(nested, "Topic", "AWS::SNS::Topic", NULL);
    ccdk_annotations_add_warning(topic, "my:warn", "look here");
    ccdk_stack *inner = ccdk_nested_stack_new(nested, "Inner", NULL);
    ccdk_cfn_resource_new(inner, "Queue", "AWS::SQS::Queue", NULL);
    ccdk_annotations_add_info(inner, "inner info");
    ccdk_cfn_resource_new(stack, "Top", "AWS::SNS::Topic", NULL);
    if (!CHECK_RET(ccdk_app_synth(app) == 0)) {
        ccdk_app_free(app);
        return;
    }
    ccdk_app_free(app);
    char path[4400];
    snprintf(path, sizeof path, "%s/Parent.metadata.json", dir);
    char *m = slurp(path);
    static const char want[] =
        "{\n"
        "  \"/Parent\": [\n"
        "    {\n      \"type\": \"aws:cdk:templateFile\",\n      \"data\": \"Parent.template.json\"\n    },\n"
        "    {\n      \"type\": \"aws:cdk:info\",\n"
        "      \"data\": \"Number of resources: 2 is approaching allowed maximum of 2\"\n    }\n  ],\n"
        "  \"/Parent/Child\": [\n"
        "    {\n      \"type\": \"aws:cdk:templateFile\",\n"
        "      \"data\": \"ParentChild8B49BB45.nested.template.json\"\n    },\n"
        "    {\n      \"type\": \"aws:cdk:info\",\n"
        "      \"data\": \"Number of resources: 2 is approaching allowed maximum of 2\"\n    }\n  ],\n"
        "  \"/Parent/Top\": [\n"
        "    {\n      \"type\": \"aws:cdk:logicalId\",\n      \"data\": \"Top\"\n    }\n  ],\n"
        "  \"/Parent/BootstrapVersion\": [\n"
        "    {\n      \"type\": \"aws:cdk:logicalId\",\n      \"data\": \"BootstrapVersion\"\n    }\n  ],\n"
        "  \"/Parent/CheckBootstrapVersion\": [\n"
        "    {\n      \"type\": \"aws:cdk:logicalId\",\n      \"data\": \"CheckBootstrapVersion\"\n    }\n  ],\n"
        "  \"/Parent/Child/Topic\": [\n"
        "    {\n      \"type\": \"aws:cdk:logicalId\",\n      \"data\": \"Topic\"\n    },\n"
        "    {\n      \"type\": \"aws:cdk:warning\",\n      \"data\": \"look here [ack: my:warn]\"\n    }\n  ],\n"
        "  \"/Parent/Child/Inner\": [\n"
        "    {\n      \"type\": \"aws:cdk:info\",\n      \"data\": \"inner info\"\n    },\n"
        "    {\n      \"type\": \"aws:cdk:templateFile\",\n"
        "      \"data\": \"ParentChildInner6EE4398E.nested.template.json\"\n    }\n  ],\n"
        "  \"/Parent/Child.NestedStack/Child.NestedStackResource\": [\n"
        "    {\n      \"type\": \"aws:cdk:logicalId\",\n"
        "      \"data\": \"ChildNestedStackChildNestedStackResourceC40294CA\"\n    }\n  ],\n"
        "  \"/Parent/Child/Inner/Queue\": [\n"
        "    {\n      \"type\": \"aws:cdk:logicalId\",\n      \"data\": \"Queue\"\n    }\n  ],\n"
        "  \"/Parent/Child/Inner.NestedStack/Inner.NestedStackResource\": [\n"
        "    {\n      \"type\": \"aws:cdk:logicalId\",\n"
        "      \"data\": \"InnerNestedStackInnerNestedStackResource745E041B\"\n    }\n  ]\n"
        "}";
    CHECK_STR_EQ(m, want);
    free(m);
    /* nested stacks are no artifacts: no metadata file of their own */
    snprintf(path, sizeof path, "%s/ParentChild8B49BB45.nested.metadata.json", dir);
    CHECK(access(path, F_OK) != 0);
}

TEST(bad_scopes)
{
    ccdk_app *app = new_app();
    ccdk_stack_new(app, "A", NULL);
    ccdk_stack *s = ccdk_nested_stack_new(app, "Nested", NULL);
    CHECK(s != NULL);
    CHECK_INT_EQ((int)ccdk_app_error_count(app), 1);
    CHECK_STR_EQ(ccdk_app_error(app, 0), "Nested stacks must be defined within scope of another non-nested stack");
    /* the harmless handle takes constructs without crashing */
    ccdk_cfn_resource_new(s, "Thing", "AWS::SNS::Topic", NULL);
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
}

/* a nested stack's unused rename is thrown by its _toCloudFormation at prepare (its template
 * asset), deepest nested stack first: aws-cdk-lib's synth ends there, so a top-level stack's
 * unused rename, another nested stack's and a later stack's are never met (oracle: node with
 * aws-cdk-lib 2.276.0, each app throwing only the message checked) */
TEST(unused_rename_thrown_at_prepare)
{
    for (int which = 0; which < 3; which++) {
        ccdk_app *app = new_app();
        ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
        const char *want = "The following Logical IDs were attempted to be renamed, but not found: Nope";
        if (which == 0) { /* the top-level stack's own unused rename is not reached */
            ccdk_stack_rename_logical_id(s, "TopNope", "Yes");
            ccdk_stack *n = ccdk_nested_stack_new(s, "N", NULL);
            ccdk_cfn_resource_new(n, "R", "AWS::SNS::Topic", NULL);
            ccdk_stack_rename_logical_id(n, "Nope", "Yes");
        } else if (which == 1) { /* the inner nested stack first */
            ccdk_stack *n = ccdk_nested_stack_new(s, "N", NULL);
            ccdk_stack *m = ccdk_nested_stack_new(n, "M", NULL);
            ccdk_cfn_resource_new(m, "R", "AWS::SNS::Topic", NULL);
            ccdk_stack_rename_logical_id(n, "NNope", "Yes");
            ccdk_stack_rename_logical_id(m, "MNope", "Yes");
            want = "The following Logical IDs were attempted to be renamed, but not found: MNope";
        } else { /* a later top-level stack's */
            ccdk_stack *n = ccdk_nested_stack_new(s, "N", NULL);
            ccdk_cfn_resource_new(n, "R", "AWS::SNS::Topic", NULL);
            ccdk_stack_rename_logical_id(n, "Nope", "Yes");
            ccdk_stack *s2 = ccdk_stack_new(app, "S2", NULL);
            ccdk_stack_rename_logical_id(s2, "S2Nope", "Yes");
        }
        CHECK_INT_EQ(ccdk_app_synth(app), -1);
        CHECK_INT_EQ((int)ccdk_app_error_count(app), 1);
        CHECK_STR_EQ(ccdk_app_error(app, 0), want);
        ccdk_app_free(app);
    }
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    RUN(getters);
    RUN(set_parameter_and_templates);
    RUN(dependencies);
    RUN(metadata_in_parent);
    RUN(bad_scopes);
    RUN(unused_rename_thrown_at_prepare);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0)
        perror("rm");
    return TEST_DONE();
}
