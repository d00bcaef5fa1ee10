/* aws-cdk's core mappings.test.ts beyond unit-core-mappings: setValue, Fn.findInMap, lazy mappings,
 * findInMap with a default value (see app.js). */
#include <ccdk/core.h>

#define BACKING "{\"TopLevelKey1\": {\"SecondLevelKey1\": [1, 2, 3], \"SecondLevelKey2\": {\"Hello\": \"World\"}}}"

static ccdk_cfn_mapping *mapping(ccdk_stack *stack, const char *id, const char *json, ccdk_tristate lazy)
{
    return ccdk_cfn_mapping_new_with_props(stack, id,
                                           &(ccdk_cfn_mapping_props){.mapping = ccdk_v_json(stack, json), .lazy = lazy});
}

static ccdk_value *str(ccdk_stack *stack, const char *s) { return ccdk_v_string(stack, s); }

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_tristate none = {0};

    /* setValue */
    ccdk_stack *t1 = ccdk_stack_new(app, "T1", NULL);
    ccdk_cfn_mapping *m1 = ccdk_cfn_mapping_new(
        t1, "MyMapping",
        ccdk_v_json(t1, "{\"TopLevelKey1\": {\"SecondLevelKey1\": [1, 2, 3], \"SecondLevelKey2\": {\"Hello\": \"World\"}},"
                        " \"TopLevelKey2\": {\"SecondLevelKey1\": [99, 99, 99]}}"));
    ccdk_value *p1 = ccdk_v_object(t1);
    ccdk_v_set(p1, "RefToValueInMap", str(t1, ccdk_cfn_mapping_find_in_map(m1, "TopLevelKey1", "SecondLevelKey1")));
    ccdk_cfn_resource_new(t1, "MyResource", "Test::R", p1);
    ccdk_cfn_mapping_set_value(m1, "TopLevelKey2", "SecondLevelKey2", str(t1, "Hi"));
    ccdk_cfn_mapping_set_value(m1, "TopLevelKey1", "SecondLevelKey1", ccdk_v_json(t1, "[1, 2, 3, 4]"));
    ccdk_cfn_mapping_set_value(m1, "NewTop", "Key", str(t1, "added"));

    /* Fn.findInMap of the logicalId */
    ccdk_stack *t2 = ccdk_stack_new(app, "T2", NULL);
    ccdk_cfn_mapping *m2 = ccdk_cfn_mapping_new(t2, "mapping", ccdk_v_json(t2, "{\"us-east-1\": {\"instanceCount\": 12}}"));
    ccdk_value *p2 = ccdk_v_object(t2);
    ccdk_v_set(p2, "V1", str(t2, ccdk_cfn_mapping_find_in_map(m2, ccdk_aws_region(t2), "instanceCount")));
    ccdk_v_set(p2, "V2", str(t2, ccdk_fn_find_in_map(t2, ccdk_cfn_element_logical_id(m2), ccdk_aws_region(t2),
                                                     "instanceCount", NULL)));
    ccdk_v_set(p2, "Literal", str(t2, ccdk_fn_find_in_map(t2, "mapping", "us-east-1", "instanceCount", NULL)));
    ccdk_cfn_resource_new(t2, "R", "Test::R", p2);

    /* lazy */
    ccdk_stack *t3 = ccdk_stack_new(app, "LazyResolved", NULL);
    ccdk_cfn_mapping *m3 = mapping(t3, "Lazy Mapping", BACKING, CCDK_TRUE);
    ccdk_value *p3 = ccdk_v_object(t3);
    ccdk_v_set(p3, "V", str(t3, ccdk_cfn_mapping_find_in_map(m3, "TopLevelKey1", "SecondLevelKey1")));
    ccdk_v_set(p3, "S", str(t3, ccdk_cfn_mapping_find_in_map(m3, "TopLevelKey1", "SecondLevelKey2")));
    ccdk_cfn_resource_new(t3, "R", "Test::R", p3);
    ccdk_stack *t3b = ccdk_stack_new(app, "LazyString", NULL);
    ccdk_cfn_mapping *m3b = mapping(t3b, "Lazy", "{\"a\": {\"b\": \"text\"}}", CCDK_TRUE);
    ccdk_cfn_output_new(t3b, "O",
                        &(ccdk_cfn_output_props){.value = ccdk_fmt(t3b, "value %s", ccdk_cfn_mapping_find_in_map(m3b, "a", "b"))});
    ccdk_stack *t4 = ccdk_stack_new(app, "LazyNotCalled", NULL);
    mapping(t4, "Lazy Mapping", BACKING, CCDK_TRUE);
    ccdk_cfn_resource_new(t4, "R", "Test::R", ccdk_v_object(t4));
    ccdk_stack *t5 = ccdk_stack_new(app, "LazyTopToken", NULL);
    ccdk_cfn_mapping *m5 = mapping(t5, "Lazy Mapping", BACKING, CCDK_TRUE);
    ccdk_value *p5 = ccdk_v_object(t5);
    ccdk_v_set(p5, "V", str(t5, ccdk_cfn_mapping_find_in_map(m5, ccdk_aws_region(t5), "SecondLevelKey1")));
    ccdk_cfn_resource_new(t5, "R", "Test::R", p5);
    ccdk_stack *t6 = ccdk_stack_new(app, "LazySecondToken", NULL);
    ccdk_cfn_mapping *m6 = mapping(t6, "Lazy Mapping", BACKING, CCDK_TRUE);
    ccdk_value *p6 = ccdk_v_object(t6);
    ccdk_v_set(p6, "V", str(t6, ccdk_cfn_mapping_find_in_map(m6, "TopLevelKey1", ccdk_aws_region(t6))));
    ccdk_cfn_resource_new(t6, "R", "Test::R", p6);
    ccdk_stack *t7 = ccdk_stack_new(app, "NotLazy", NULL);
    ccdk_cfn_mapping_find_in_map(mapping(t7, "Eager", BACKING, CCDK_FALSE), "TopLevelKey1", "SecondLevelKey1");

    /* default values, lazy */
    ccdk_stack *t8 = ccdk_stack_new(app, "DefaultLazy", NULL);
    ccdk_cfn_mapping *m8 = mapping(t8, "Lazy Mapping", BACKING, CCDK_TRUE);
    ccdk_value *p8 = ccdk_v_object(t8);
    ccdk_v_set(p8, "Resolved", str(t8, ccdk_cfn_mapping_find_in_map_default(m8, "TopLevelKey1", "SecondLevelKey1", "foo")));
    ccdk_v_set(p8, "Top", str(t8, ccdk_cfn_mapping_find_in_map_default(m8, ccdk_aws_region(t8), "SecondLevelKey1", "foo")));
    ccdk_v_set(p8, "Second", str(t8, ccdk_cfn_mapping_find_in_map_default(m8, "TopLevelKey1", ccdk_aws_region(t8), "foo")));
    ccdk_v_set(p8, "Missing1", str(t8, ccdk_cfn_mapping_find_in_map_default(m8, "NonExistentKey", "SecondLevelKey1", "foo")));
    ccdk_v_set(p8, "Missing2", str(t8, ccdk_cfn_mapping_find_in_map_default(m8, "TopLevelKey1", "NonExistentKey", "foo")));
    ccdk_cfn_resource_new(t8, "R", "Test::R", p8);
    ccdk_stack *t9 = ccdk_stack_new(app, "DefaultLazyMissing", NULL);
    ccdk_cfn_mapping *m9 = mapping(t9, "Lazy Mapping", BACKING, CCDK_TRUE);
    ccdk_value *p9 = ccdk_v_object(t9);
    ccdk_v_set(p9, "Missing", str(t9, ccdk_cfn_mapping_find_in_map_default(m9, "NonExistentKey", "SecondLevelKey1", "foo")));
    ccdk_cfn_resource_new(t9, "R", "Test::R", p9);

    /* default values, eager */
    ccdk_stack *t10 = ccdk_stack_new(app, "DefaultEager", NULL);
    ccdk_cfn_mapping *m10 = mapping(t10, "Lazy Mapping", BACKING, none);
    ccdk_value *p10 = ccdk_v_object(t10);
    ccdk_v_set(p10, "Resolved", str(t10, ccdk_cfn_mapping_find_in_map_default(m10, "TopLevelKey1", "SecondLevelKey1", "foo")));
    ccdk_v_set(p10, "Missing", str(t10, ccdk_cfn_mapping_find_in_map_default(m10, "TopLevelKey1", "Nope", "foo")));
    ccdk_cfn_resource_new(t10, "R", "Test::R", p10);
    ccdk_stack *t11 = ccdk_stack_new(app, "DefaultEagerToken", NULL);
    ccdk_cfn_mapping *m11 = mapping(t11, "Lazy Mapping", BACKING, none);
    ccdk_value *p11 = ccdk_v_object(t11);
    ccdk_v_set(p11, "Top", str(t11, ccdk_cfn_mapping_find_in_map_default(m11, ccdk_aws_region(t11), "SecondLevelKey1", "foo")));
    ccdk_cfn_resource_new(t11, "R", "Test::R", p11);
    ccdk_stack *t12 = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_cfn_output_new(t12, "O", &(ccdk_cfn_output_props){
                                      .value = ccdk_cfn_mapping_find_in_map_default(m11, "TopLevelKey1", ccdk_aws_region(t12), "bar")});
    ccdk_stack *t13 = ccdk_stack_new(app, "FnDefault", NULL);
    ccdk_cfn_output_new(t13, "O", &(ccdk_cfn_output_props){.value = ccdk_fn_find_in_map(t13, "Map", "a", ccdk_aws_region(t13), "def")});
    ccdk_stack *t14 = ccdk_stack_new(app, "FnDefaultUnused", NULL);
    ccdk_fn_find_in_map(t14, "Map", "a", "b", "def");
    ccdk_cfn_resource_new(t14, "R", "Test::R", ccdk_v_object(t14));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
