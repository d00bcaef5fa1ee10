/* aws-cdk's core rule.test.ts (a CfnRule with two assertions added, two empty rules) and
 * include.test.ts (a template embedded as it is, next to elements made in code, and two includes
 * whose Descriptions are joined), a stack per test, plus a rule with a ruleCondition and assertions
 * given as props, with lower-case keys in a condition (capitalizePropertyNames reaches them), and
 * includes merging Transforms and equal template format versions. */
#include <ccdk/core.h>

static ccdk_value *str(ccdk_stack *s, const char *v) { return ccdk_v_string(s, v); }

static const char *TEMPLATE =
    "{\"Parameters\": {\"MyParam\": {\"Type\": \"String\", \"Default\": \"Hello\"}},"
    " \"Resources\": {\"MyResource1\": {\"Type\": \"ResourceType1\", \"Properties\": {\"P1\": 1, \"P2\": 2}},"
    " \"MyResource2\": {\"Type\": \"ResourceType2\"}}}";

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Rule1", NULL);
        ccdk_cfn_rule *rule = ccdk_cfn_rule_new(stack, "MyRule", NULL);
        ccdk_cfn_rule_add_assertion(rule, ccdk_fn_condition_equals(stack, str(stack, "lhs"), str(stack, "rhs")), "lhs equals rhs");
        ccdk_cfn_rule_add_assertion(rule,
            ccdk_fn_condition_not(stack, ccdk_fn_condition_and(stack, (ccdk_value_list)CCDK_LIST(
                ccdk_fn_condition_contains(stack, ccdk_v_json(stack, "[\"hello\", \"world\"]"), str(stack, "world"))))),
            "some assertion");
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Rule2", NULL);
        ccdk_cfn_rule_new(stack, "Rule1", NULL);
        ccdk_cfn_rule_new(stack, "Rule2", NULL);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Rule3", NULL);
        ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(stack, "Env", &(ccdk_cfn_parameter_props){.type = "String"});
        ccdk_cfn_rule *rule = ccdk_cfn_rule_new(stack, "Props", &(ccdk_cfn_rule_props){
            .rule_condition = ccdk_fn_condition_equals(stack, str(stack, ccdk_cfn_parameter_value_as_string(param)), str(stack, "prod")),
            .assertions = CCDK_LIST_OF(ccdk_cfn_rule_assertion,
                {ccdk_fn_condition_equals(stack, ccdk_v_json(stack, "{\"lowerKey\": \"x\"}"), str(stack, "y")), "nested keys"},
                {ccdk_fn_condition_contains(stack, ccdk_v_json(stack, "[\"a\"]"), str(stack, "a")), NULL}),
        });
        ccdk_cfn_rule_add_assertion(rule,
            ccdk_fn_condition_not(stack, ccdk_fn_condition_equals(stack, str(stack, ccdk_aws_region(stack)), str(stack, "us-east-1"))),
            "not us-east-1");
        ccdk_cfn_rule_new(stack, "Empty", &(ccdk_cfn_rule_props){.assertions = CCDK_EMPTY_LIST});
        ccdk_cfn_resource *res = ccdk_cfn_resource_new(stack, "Res", "AWS::CloudFormation::WaitConditionHandle", NULL);
        ccdk_cfn_rule *nested = ccdk_cfn_rule_new(CCDK_CONSTRUCT(res), "Nested", NULL);
        ccdk_cfn_rule_add_assertion(nested, ccdk_fn_condition_equals(stack, str(stack, "a"), str(stack, "a")), NULL);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Include1", NULL);
        ccdk_cfn_include_new(stack, "T1", ccdk_v_json(stack, TEMPLATE));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Include2", NULL);
        ccdk_cfn_include_new(stack, "T1", ccdk_v_json(stack, TEMPLATE));
        ccdk_cfn_resource_new(stack, "MyResource3", "ResourceType3", ccdk_v_json(stack, "{\"P3\": \"Hello\"}"));
        ccdk_cfn_output_new(stack, "MyOutput", &(ccdk_cfn_output_props){.description = "Out!", .value = "hey"});
        ccdk_cfn_parameter_new(stack, "MyParam2", &(ccdk_cfn_parameter_props){.type = "Integer"});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Include3", NULL);
        ccdk_cfn_include_new(stack, "T1", ccdk_v_json(stack, "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Description\": \"Test 1\"}"));
        ccdk_cfn_include_new(stack, "T2", ccdk_v_json(stack, "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Description\": \"Test 2\"}"));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Include4", &(ccdk_stack_props){.description = "From the stack"});
        ccdk_stack_add_transform(stack, "AWS::Serverless-2016-10-31");
        ccdk_cfn_resource *bucket = ccdk_cfn_resource_new(stack, "Bucket", "AWS::S3::Bucket", NULL);
        ccdk_value *t = ccdk_v_json(stack, "{\"Description\": \"Included\","
                                           " \"Transform\": [\"AWS::LanguageExtensions\", \"AWS::Serverless-2016-10-31\"]}");
        ccdk_value *out = ccdk_v_object(stack);
        ccdk_v_set(out, "BucketName", ccdk_v_set(ccdk_v_object(stack), "Value", str(stack, ccdk_cfn_resource_ref(bucket))));
        ccdk_v_set(t, "Outputs", out);
        ccdk_v_set(t, "Conditions", ccdk_v_json(stack, "{\"IsProd\": {\"Fn::Equals\": [\"a\", \"b\"]}}"));
        ccdk_cfn_include_new(stack, "T1", t);
        ccdk_cfn_include_new(stack, "T2", ccdk_v_json(stack, "{\"Transform\": \"AWS::Include\", \"Mappings\": {\"M\": {\"k\": {\"v\": 1}}}}"));
        ccdk_cfn_output_new(stack, "After", &(ccdk_cfn_output_props){.value = "x"});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
