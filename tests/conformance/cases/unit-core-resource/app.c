/* aws-cdk's core resource.test.ts, cfn-resource.test.ts, removal-policy.test.ts and output.test.ts,
 * each test a stack of one App. */
#include <ccdk/core.h>

#define V(s) ccdk_v_string(app, s)
#define J(s) ccdk_v_json(app, s)
#define N(n) ccdk_v_number(app, n)

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    /* all resources derive from Resource; logical ids from the full path */
    ccdk_stack *s1 = ccdk_stack_new(app, "Basics", NULL);
    ccdk_cfn_resource_new(s1, "MyResource", "MyResourceType", J("{\"Prop1\": \"p1\", \"Prop2\": 123}"));
    ccdk_construct *level1 = ccdk_construct_new(s1, "level1");
    ccdk_construct *level3 = ccdk_construct_new(ccdk_construct_new(level1, "level2"), "level3");
    ccdk_cfn_resource_new(level1, "childoflevel1", "MyResourceType1", NULL);
    ccdk_cfn_resource_new(level3, "childoflevel3", "MyResourceType2", NULL);
    ccdk_cfn_resource_new(s1, "FalseProps", "Test::Resource::Fake", J("{\"FakeProperty\": false}"));

    /* attributes by getAtt; DependsOn from node.addDependency and addDependency (once each) */
    ccdk_stack *s2 = ccdk_stack_new(app, "Attributes", NULL);
    ccdk_cfn_resource *counter = ccdk_cfn_resource_new(s2, "MyResource", "My::Counter", J("{\"Count\": 10}"));
    ccdk_value *your = ccdk_v_object(app);
    ccdk_v_set(your, "CounterName", V(ccdk_cfn_resource_get_att(counter, "Name")));
    ccdk_v_set(your, "CounterArn", V(ccdk_cfn_resource_get_att(counter, "Arn")));
    ccdk_v_set(your, "CounterURL", V(ccdk_cfn_resource_get_att(counter, "URL")));
    ccdk_v_set(your, "CounterRef", V(ccdk_cfn_resource_ref(counter)));
    ccdk_cfn_resource_new(s2, "YourResource", "Type", your);
    ccdk_cfn_resource *c1 = ccdk_cfn_resource_new(s2, "Counter1", "My::Counter", J("{\"Count\": 1}"));
    ccdk_cfn_resource *c2 = ccdk_cfn_resource_new(s2, "Counter2", "My::Counter", J("{\"Count\": 1}"));
    ccdk_cfn_resource *r3 = ccdk_cfn_resource_new(s2, "Resource3", "MyResourceType", NULL);
    ccdk_node_add_dependency(c2, c1);
    ccdk_node_add_dependency(c2, r3);
    ccdk_cfn_resource *dependent = ccdk_cfn_resource_new(s2, "Dependent", "R", NULL);
    for (int i = 0; i < 5; i++)
        ccdk_cfn_resource_add_depends_on(dependent, c1);
    ccdk_cfn_resource_add_depends_on(c1, c1);

    /* addDependency adds all the resources of dependent constructs (flattened) */
    ccdk_stack *s3 = ccdk_stack_new(app, "Flatten", NULL);
    ccdk_construct *my_c1 = ccdk_construct_new(s3, "MyC1");
    ccdk_cfn_resource_new(my_c1, "R1", "T1", NULL);
    ccdk_cfn_resource_new(my_c1, "R2", "T2", NULL);
    ccdk_construct *my_c2 = ccdk_construct_new(s3, "MyC2");
    ccdk_cfn_resource_new(my_c2, "R3", "T3", NULL);
    ccdk_construct *my_c3 = ccdk_construct_new(s3, "MyC3");
    ccdk_cfn_resource_new(ccdk_construct_new(my_c3, "C2"), "R3", "T3", NULL);
    ccdk_cfn_resource *depending = ccdk_cfn_resource_new(s3, "MyResource", "R", NULL);
    ccdk_node_add_dependency(depending, my_c1);
    ccdk_node_add_dependency(depending, my_c2);
    ccdk_node_add_dependency(depending, my_c3);

    /* conditions, metadata, removal policies */
    ccdk_stack *s4 = ccdk_stack_new(app, "Options", NULL);
    ccdk_cfn_condition *cond = ccdk_cfn_condition_new(s4, "MyCondition",
        ccdk_fn_condition_not(s4, ccdk_fn_condition_equals(s4, V("a"), V("b"))));
    ccdk_cfn_resource_set_condition(ccdk_cfn_resource_new(s4, "Resource", "Type", NULL), cond);
    ccdk_cfn_resource *with_meta = ccdk_cfn_resource_new(s4, "WithMetadata", "Type", NULL);
    ccdk_cfn_resource_add_metadata(with_meta, "MyKey", N(10));
    ccdk_cfn_resource_add_metadata(with_meta, "MyValue", N(99));
    ccdk_cfn_resource_add_metadata(with_meta, "Beep", V("Boop"));
    ccdk_cfn_resource_apply_removal_policy(ccdk_cfn_resource_new(s4, "Retain", "T1", NULL), CCDK_REMOVAL_POLICY_RETAIN);
    ccdk_cfn_resource_apply_removal_policy(ccdk_cfn_resource_new(s4, "Destroy", "T3", NULL), CCDK_REMOVAL_POLICY_DESTROY);
    ccdk_cfn_resource_apply_removal_policy(ccdk_cfn_resource_new(s4, "ExceptOnCreate", "MOCK", NULL),
                                           CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE);
    static const char *const snapshot_types[][2] = {
        {"AWSDocDBDBCluster", "AWS::DocDB::DBCluster"}, {"AWSEC2Volume", "AWS::EC2::Volume"},
        {"AWSElastiCacheCacheCluster", "AWS::ElastiCache::CacheCluster"},
        {"AWSElastiCacheReplicationGroup", "AWS::ElastiCache::ReplicationGroup"},
        {"AWSNeptuneDBCluster", "AWS::Neptune::DBCluster"}, {"AWSRDSDBCluster", "AWS::RDS::DBCluster"},
        {"AWSRDSDBInstance", "AWS::RDS::DBInstance"}, {"AWSRedshiftCluster", "AWS::Redshift::Cluster"},
    };
    for (size_t i = 0; i < sizeof snapshot_types / sizeof *snapshot_types; i++)
        ccdk_cfn_resource_apply_removal_policy(ccdk_cfn_resource_new(s4, snapshot_types[i][0], snapshot_types[i][1], NULL),
                                               CCDK_REMOVAL_POLICY_SNAPSHOT);
    ccdk_construct *child = ccdk_construct_new(s4, "Child");
    ccdk_cfn_resource_apply_removal_policy(ccdk_cfn_resource_new(child, "Resource", "ChildResourceType", NULL),
                                           CCDK_REMOVAL_POLICY_RETAIN);

    /* overrides */
    ccdk_stack *s5 = ccdk_stack_new(app, "Overrides", NULL);
    ccdk_cfn_resource *o1 = ccdk_cfn_resource_new(s5, "MyResource", "AWS::Resource::Type", NULL);
    ccdk_cfn_resource_add_override(o1, "Type", V("YouCanEvenOverrideTheType"));
    ccdk_cfn_resource_add_override(o1, "Metadata", J("{\"Key\": 12}"));
    ccdk_cfn_resource_add_override(o1, "Use.Dot.Notation", V("To create subtrees"));
    ccdk_cfn_resource *o2 = ccdk_cfn_resource_new(s5, "MyResource2", "AWS::Resource::Type", NULL);
    ccdk_value *b = ccdk_v_object(app);
    ccdk_v_set(b, "B", V(ccdk_cfn_resource_get_att(o1, "Arn")));
    ccdk_cfn_resource_add_property_override(o2, "A", b);
    ccdk_cfn_resource *o3 = ccdk_cfn_resource_new(s5, "NullValue", "AWS::Resource::Type",
        J("{\"Hello\": {\"World\": {\"Value1\": \"Hello\", \"Value2\": 129}}}"));
    ccdk_cfn_resource_add_override(o3, "Properties.Hello.World.Value2", ccdk_v_null(app));
    ccdk_cfn_resource *o4 = ccdk_cfn_resource_new(s5, "UndefinedValue", "AWS::Resource::Type",
        J("{\"Hello\": {\"World\": {\"Value1\": \"Hello\", \"Value2\": 129}}}"));
    ccdk_cfn_resource_add_override(o4, "Properties.Hello.World.Value2", NULL);
    ccdk_cfn_resource *o5 = ccdk_cfn_resource_new(s5, "NoEmptyTrees", "AWS::Resource::Type", NULL);
    ccdk_cfn_resource_add_property_override(o5, "Tree.Exists", N(42));
    ccdk_cfn_resource_add_property_override(o5, "Tree.Does.Not.Exist", NULL);
    ccdk_cfn_resource *o6 = ccdk_cfn_resource_new(s5, "DeletionSugar", "AWS::Resource::Type",
        J("{\"Hello\": {\"World\": {\"Value1\": \"Hello\", \"Value2\": 129, \"Value3\": [\"foo\", \"bar\"]}}}"));
    ccdk_cfn_resource_add_deletion_override(o6, "Properties.Hello.World.Value2");
    ccdk_cfn_resource_add_property_deletion_override(o6, "Hello.World.Value3");
    ccdk_cfn_resource *o7 = ccdk_cfn_resource_new(s5, "OverwriteNonObjects", "AWS::Resource::Type",
        J("{\"Hello\": {\"World\": 42}}"));
    ccdk_cfn_resource_add_override(o7, "Properties.Override1", J("[\"Hello\", 123]"));
    ccdk_cfn_resource_add_override(o7, "Properties.Override1.Override2", J("{\"Heyy\": [1]}"));
    ccdk_cfn_resource_add_override(o7, "Properties.Hello.World.Foo.Bar", N(42));
    ccdk_cfn_resource *o8 = ccdk_cfn_resource_new(s5, "EscapedDots", "AWS::Resource::Type", NULL);
    ccdk_cfn_resource_add_override(o8, "Properties.Hello\\.World.Foo\\.Bar\\.Baz", N(42));
    ccdk_cfn_resource_add_override(o8, "Properties.Single\\Back\\Slashes", N(42));
    ccdk_cfn_resource_add_override(o8, "Properties.Escaped\\\\.Back\\\\.Slashes", N(42));
    ccdk_cfn_resource_add_override(o8, "Properties.DoublyEscaped\\\\\\\\Back\\\\\\\\Slashes", N(42));
    ccdk_cfn_resource_add_override(o8, "Properties.EndWith\\", N(42));
    ccdk_cfn_resource *o9 = ccdk_cfn_resource_new(s5, "Sugar", "AWS::Resource::Type", J("{\"Hello\": {\"World\": 42}}"));
    ccdk_cfn_resource_add_property_override(o9, "Hello.World", J("{\"Hey\": \"Jude\"}"));
    ccdk_cfn_resource_add_property_override(o9, "Boom", V("Hi"));
    ccdk_cfn_resource_add_override(o9, "Properties.Foo.Bar", V("Bar"));
    ccdk_value *p1 = ccdk_v_object(app);
    ccdk_v_set(p1, "prop1", V(ccdk_fn_ref(s5, "Param")));
    ccdk_cfn_resource *i1 = ccdk_cfn_resource_new(s5, "IntrinsicOverIntrinsic", "MyResourceType", p1);
    ccdk_cfn_resource_add_property_override(i1, "prop1", V(ccdk_fn_join(s5, "-", CCDK_STRS("hello", ccdk_fn_ref(s5, "Param")))));
    ccdk_cfn_condition *condition = ccdk_cfn_condition_new(s5, "MyCondition",
        ccdk_fn_condition_equals(s5, V("us-east-1"), V("us-east-1")));
    ccdk_value *p2 = J("{\"prop1\": {\"subprop\": {}}}");
    ccdk_v_set(ccdk_v_get(ccdk_v_get(p2, "prop1"), "subprop"), "name", V(ccdk_fn_get_att(s5, "resource", "abc")));
    ccdk_cfn_resource *i2 = ccdk_cfn_resource_new(s5, "ObjectWithIntrinsic", "MyResourceType", p2);
    ccdk_value *named = ccdk_v_object(app);
    ccdk_v_set(named, "name", V(ccdk_fn_get_att(s5, "resource", "abc")));
    ccdk_cfn_resource_add_property_override(i2, "prop1.subprop",
        ccdk_fn_condition_if(s5, ccdk_cfn_element_logical_id(condition), J("{\"Ref\": \"AWS::NoValue\"}"), named));
    ccdk_value *p3 = ccdk_v_object(app);
    ccdk_v_set(p3, "prop1", V(ccdk_fn_import_value(s5, ccdk_fn_sub(s5, "${Sub}", CCDK_KVS({"Sub", "Value"})))));
    ccdk_cfn_resource *i3 = ccdk_cfn_resource_new(s5, "NestedIntrinsic", "MyResourceType", p3);
    ccdk_cfn_resource_add_property_override(i3, "prop1", V(ccdk_fn_import_value(s5,
        ccdk_fn_join(s5, "-", CCDK_STRS("abc", ccdk_fn_sub(s5, "${Sub}", CCDK_KVS({"Sub", "Value"})))))));

    /* cross-stack construct dependencies become stack dependencies (no DependsOn) */
    ccdk_stack *stack_a = ccdk_stack_new(app, "StackA", NULL);
    ccdk_cfn_resource *res_a = ccdk_cfn_resource_new(stack_a, "Resource", "R", NULL);
    ccdk_stack *stack_b = ccdk_stack_new(app, "StackB", NULL);
    ccdk_cfn_resource *res_b = ccdk_cfn_resource_new(stack_b, "Resource", "R", NULL);
    ccdk_node_add_dependency(res_b, res_a);
    ccdk_cfn_resource *res_b2 = ccdk_cfn_resource_new(stack_b, "Resource2", "Test::Resource::Fake1", NULL);
    ccdk_cfn_resource_add_depends_on(res_b2, res_a);
    ccdk_cfn_resource_add_depends_on(res_b2, res_a);

    /* outputs */
    ccdk_stack *s6 = ccdk_stack_new(app, "Outputs", NULL);
    ccdk_cfn_resource *out_res = ccdk_cfn_resource_new(s6, "MyResource", "R", NULL);
    ccdk_cfn_output_new(s6, "MyOutput", &(ccdk_cfn_output_props){
        .export_name = "ExportName", .value = ccdk_cfn_resource_ref(out_res), .description = "CfnOutput properties"});
    ccdk_cfn_output *exported = ccdk_cfn_output_new(s6, "SomeOutput", &(ccdk_cfn_output_props){.value = "x", .export_name = "asdf"});
    ccdk_cfn_output_new(s6, "NoExport", &(ccdk_cfn_output_props){.value = "x"});
    ccdk_stack *s7 = ccdk_stack_new(app, "Stack2", NULL);
    ccdk_value *input = ccdk_v_object(app);
    ccdk_v_set(input, "input", V(ccdk_cfn_output_import_value(exported)));
    ccdk_cfn_resource_new(s7, "Resource", "Some::Resource", input);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
