/* aws-cdk's core fn.test.ts beyond unit-core-fn: eager select/split, parseDomainName, the rule
 * functions, joins (see app.js). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "T1", NULL);
#define OUT(id, v) ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = (v)})
    OUT("Select", ccdk_fn_select(stack, 2, ccdk_v_json(stack, "[\"hello\", \"you\", \"dude\"]")));
    OUT("Split", ccdk_fn_join(stack, "|", ccdk_token_as_list(ccdk_fn_split(stack, ":", "hello:world:yeah"))));
    OUT("DomainLiteral", ccdk_fn_parse_domain_name(stack, "https://test.com/"));
    OUT("DomainJoin", ccdk_fn_parse_domain_name(
                          stack, ccdk_fn_join(stack, "//", CCDK_STRS("https:", ccdk_fn_join(stack, "/", CCDK_STRS("test.com", "graphql"))))));
    const char *url = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(stack, "Url", NULL));
    OUT("DomainToken", ccdk_fn_parse_domain_name(stack, url));
    OUT("Collapse", ccdk_fn_join(stack, "", CCDK_STRS("a", ccdk_fn_join(stack, "", CCDK_STRS(ccdk_fn_get_att(stack, "a", "bc"), "c")), "d")));
    OUT("One", ccdk_fn_join(stack, "-", CCDK_STRS(url)));
    OUT("OtherDelimiter", ccdk_fn_join(stack, ",", CCDK_STRS("x", ccdk_fn_join(stack, "/", CCDK_STRS(url, "y")), "z")));
    OUT("ValueOf", ccdk_fn_value_of(stack, "VpcId", "Tags"));

    ccdk_stack *t2 = ccdk_stack_new(app, "T2", NULL);
    ccdk_value *props = ccdk_v_object(t2);
    ccdk_v_set(props, "In",
               ccdk_fn_condition_each_member_in(t2, ccdk_fn_value_of_all(t2, "AWS::EC2::Subnet::Id", "VpcId"),
                                                ccdk_fn_ref_all(t2, "AWS::EC2::VPC::Id")));
    ccdk_v_set(props, "Equals",
               ccdk_fn_condition_each_member_equals(t2, ccdk_fn_ref_all(t2, "AWS::EC2::VPC::Id"), ccdk_v_string(t2, "vpc-1")));
    ccdk_v_set(props, "RefAll", ccdk_fn_ref_all(t2, "AWS::EC2::VPC::Id"));
    ccdk_v_set(props, "Cidr", ccdk_fn_cidr(t2, "10.0.0.0/16", 4, "8"));
    ccdk_v_set(props, "CidrNoMask", ccdk_fn_cidr(t2, ccdk_fn_get_att(t2, "Vpc", "CidrBlock"), 256, NULL));
    ccdk_v_set(props, "CidrSelect", ccdk_v_string(t2, ccdk_fn_select(t2, 1, ccdk_fn_cidr(t2, "10.0.0.0/16", 2, NULL))));
    ccdk_cfn_resource_new(t2, "R", "Test::R", props);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
