/* aws-cdk's parameter.test.ts, the tests no other case ports, a stack per test: the rendering of
 * parameter ARNs, a token name's separator given by simpleName, a version from a token, dynamic
 * references for a name with an intrinsic and for forceDynamicReference, imports whose value is
 * never read, dataType and the deprecated type STRING. */
#include <stdio.h>
#include <ccdk/ssm.h>

static ccdk_stack *cur;
static void push(ccdk_value *list, const char *s) { ccdk_v_push(list, ccdk_v_string(cur, s)); }

static const char *id_of(int i)
{
    static char buf[8];
    snprintf(buf, sizeof buf, "p%d", i);
    return buf;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = cur = ccdk_stack_new(app, "T1", NULL);
        const char *param = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(stack, "param", NULL));
        ccdk_value *arns = ccdk_v_list(stack);
        int i = 0;
        push(arns, ccdk_ssm_string_parameter_arn(ccdk_ssm_string_parameter_from_string_parameter_name(stack, id_of(i++), "bam")));
        push(arns, ccdk_ssm_string_parameter_arn(ccdk_ssm_string_parameter_from_string_parameter_name(stack, id_of(i++), "/bam")));
        push(arns, ccdk_ssm_string_parameter_arn(ccdk_ssm_string_parameter_from_string_parameter_attributes(stack, id_of(i++),
            &(ccdk_ssm_string_parameter_attributes){.parameter_name = "bam"})));
        push(arns, ccdk_ssm_string_parameter_arn(ccdk_ssm_string_parameter_from_string_parameter_attributes(stack, id_of(i++),
            &(ccdk_ssm_string_parameter_attributes){.parameter_name = "/bam"})));
        push(arns, ccdk_ssm_string_parameter_arn(ccdk_ssm_string_parameter_from_string_parameter_attributes(stack, id_of(i++),
            &(ccdk_ssm_string_parameter_attributes){.parameter_name = param, .simple_name = CCDK_TRUE})));
        push(arns, ccdk_ssm_string_parameter_arn(ccdk_ssm_string_parameter_from_secure_string_parameter_attributes(stack, id_of(i++),
            &(ccdk_ssm_secure_string_parameter_attributes){.parameter_name = "bam", .version = CCDK_NUM(10)})));
        push(arns, ccdk_ssm_string_parameter_arn(ccdk_ssm_string_parameter_from_secure_string_parameter_attributes(stack, id_of(i++),
            &(ccdk_ssm_secure_string_parameter_attributes){.parameter_name = "/bam", .version = CCDK_NUM(10)})));
        push(arns, ccdk_ssm_string_parameter_arn(ccdk_ssm_string_parameter_from_secure_string_parameter_attributes(stack, id_of(i++),
            &(ccdk_ssm_secure_string_parameter_attributes){.parameter_name = param, .version = CCDK_NUM(10), .simple_name = CCDK_FALSE})));
        push(arns, ccdk_ssm_string_parameter_arn(ccdk_ssm_string_parameter_new(stack, id_of(i++),
            &(ccdk_ssm_string_parameter_props){.string_value = "value"})));
        push(arns, ccdk_ssm_string_parameter_arn(ccdk_ssm_string_parameter_new(stack, id_of(i++),
            &(ccdk_ssm_string_parameter_props){.parameter_name = "/foo/bar", .string_value = "hello"})));
        push(arns, ccdk_ssm_string_parameter_arn(ccdk_ssm_string_parameter_new(stack, id_of(i++),
            &(ccdk_ssm_string_parameter_props){.parameter_name = "simple-name", .string_value = "hello"})));
        push(arns, ccdk_ssm_string_list_parameter_arn(ccdk_ssm_string_list_parameter_new(stack, id_of(i++),
            &(ccdk_ssm_string_list_parameter_props){.string_list_value = CCDK_STRS("hello", "world")})));
        push(arns, ccdk_ssm_string_list_parameter_arn(ccdk_ssm_string_list_parameter_new(stack, id_of(i++),
            &(ccdk_ssm_string_list_parameter_props){.parameter_name = "/not/simple", .string_list_value = CCDK_STRS("hello", "world")})));
        push(arns, ccdk_ssm_string_list_parameter_arn(ccdk_ssm_string_list_parameter_new(stack, id_of(i++),
            &(ccdk_ssm_string_list_parameter_props){.parameter_name = "simple", .string_list_value = CCDK_STRS("hello", "world")})));
        ccdk_value *props = ccdk_v_object(stack);
        ccdk_v_set(props, "Arns", arns);
        ccdk_cfn_resource_new(stack, "Values", "CDK::Phony::Values", props);
    }
    {
        ccdk_stack *stack = cur = ccdk_stack_new(app, "T2", NULL);
        const char *param = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(stack, "param", NULL));
        ccdk_value *arns = ccdk_v_list(stack);
        push(arns, ccdk_ssm_string_parameter_arn(ccdk_ssm_string_parameter_new(stack, "p0",
            &(ccdk_ssm_string_parameter_props){.parameter_name = param, .string_value = "foo", .simple_name = CCDK_TRUE})));
        push(arns, ccdk_ssm_string_parameter_arn(ccdk_ssm_string_parameter_new(stack, "p1",
            &(ccdk_ssm_string_parameter_props){.parameter_name = param, .string_value = "foo", .simple_name = CCDK_FALSE})));
        push(arns, ccdk_ssm_string_list_parameter_arn(ccdk_ssm_string_list_parameter_new(stack, "p2",
            &(ccdk_ssm_string_list_parameter_props){.parameter_name = param, .string_list_value = CCDK_STRS("foo"), .simple_name = CCDK_FALSE})));
        ccdk_value *props = ccdk_v_object(stack);
        ccdk_v_set(props, "Arns", arns);
        ccdk_cfn_resource_new(stack, "Values", "CDK::Phony::Values", props);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T3", NULL);
        const char *version = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(stack, "version",
            &(ccdk_cfn_parameter_props){.type = "Number"}));
        ccdk_ssm_string_parameter *a = ccdk_ssm_string_parameter_from_string_parameter_attributes(stack, "MyParamName",
            &(ccdk_ssm_string_parameter_attributes){.parameter_name = "MyParamName", .version = CCDK_NUM_TOKEN(version)});
        ccdk_ssm_string_parameter *b = ccdk_ssm_string_parameter_from_secure_string_parameter_attributes(stack, "Secure",
            &(ccdk_ssm_secure_string_parameter_attributes){.parameter_name = "MyParamName", .version = CCDK_NUM_TOKEN(version)});
        ccdk_ssm_string_parameter *c = ccdk_ssm_string_parameter_from_secure_string_parameter_attributes(stack, "NoVersion",
            &(ccdk_ssm_secure_string_parameter_attributes){.parameter_name = "MyParamName"});
        ccdk_ssm_string_parameter *d = ccdk_ssm_string_parameter_from_string_parameter_attributes(stack, "Two",
            &(ccdk_ssm_string_parameter_attributes){.parameter_name = "MyParamName", .version = CCDK_NUM(2)});
        ccdk_value *props = ccdk_v_object(stack);
        ccdk_v_set(props, "A", ccdk_v_string(stack, ccdk_ssm_string_parameter_string_value(a)));
        ccdk_v_set(props, "AArn", ccdk_v_string(stack, ccdk_ssm_string_parameter_arn(a)));
        ccdk_v_set(props, "AType", ccdk_v_string(stack, ccdk_ssm_string_parameter_type(a)));
        ccdk_v_set(props, "B", ccdk_v_string(stack, ccdk_ssm_string_parameter_string_value(b)));
        ccdk_v_set(props, "BType", ccdk_v_string(stack, ccdk_ssm_string_parameter_type(b)));
        ccdk_v_set(props, "C", ccdk_v_string(stack, ccdk_ssm_string_parameter_string_value(c)));
        ccdk_v_set(props, "D", ccdk_v_string(stack, ccdk_ssm_string_parameter_string_value(d)));
        ccdk_cfn_resource_new(stack, "Values", "CDK::Phony::Values", props);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T4", NULL);
        ccdk_ssm_string_parameter *param = ccdk_ssm_string_parameter_from_string_parameter_attributes(stack, "import-string-param1",
            &(ccdk_ssm_string_parameter_attributes){.simple_name = CCDK_TRUE,
                                                    .parameter_name = ccdk_fn_import_value(stack, "some-exported-value")});
        ccdk_cfn_output_new(stack, "OutputParamValue", &(ccdk_cfn_output_props){.value = ccdk_ssm_string_parameter_string_value(param)});
        ccdk_ssm_string_parameter *param_a = ccdk_ssm_string_parameter_new(stack, "StringParameter",
            &(ccdk_ssm_string_parameter_props){.string_value = "Initial parameter value"});
        ccdk_ssm_string_parameter *param_b = ccdk_ssm_string_parameter_from_string_parameter_attributes(stack, "import-string-param",
            &(ccdk_ssm_string_parameter_attributes){.simple_name = CCDK_TRUE, .parameter_name = ccdk_ssm_string_parameter_name(param_a),
                                                    .force_dynamic_reference = CCDK_TRUE});
        ccdk_cfn_output_new(stack, "OutputParamValueB", &(ccdk_cfn_output_props){.value = ccdk_ssm_string_parameter_string_value(param_b)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T5", NULL);
        ccdk_ssm_string_parameter *by_name = ccdk_ssm_string_parameter_from_string_parameter_name(stack, "MyParamName", "MyParamName");
        ccdk_ssm_string_parameter *by_arn = ccdk_ssm_string_parameter_from_string_parameter_arn(stack, "ByArn",
            "arn:aws:ssm:us-east-1:123456789012:parameter/dummyName");
        ccdk_ssm_string_list_parameter *list = ccdk_ssm_string_list_parameter_from_list_parameter_attributes(stack, "my-param-name",
            &(ccdk_ssm_list_parameter_attributes){.parameter_name = "my-param-name"});
        ccdk_value *props = ccdk_v_object(stack);
        ccdk_v_set(props, "Name", ccdk_v_string(stack, ccdk_ssm_string_parameter_name(by_name)));
        ccdk_v_set(props, "Arn", ccdk_v_string(stack, ccdk_ssm_string_parameter_arn(by_arn)));
        ccdk_v_set(props, "ListName", ccdk_v_string(stack, ccdk_ssm_string_list_parameter_name(list)));
        ccdk_v_set(props, "ListArn", ccdk_v_string(stack, ccdk_ssm_string_list_parameter_arn(list)));
        ccdk_cfn_resource_new(stack, "Values", "CDK::Phony::Values", props);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T6", NULL);
        ccdk_ssm_string_parameter_new(stack, "myParam", &(ccdk_ssm_string_parameter_props){
            .string_value = "myValue", .data_type = CCDK_SSM_PARAMETER_DATA_TYPE_AWS_EC2_IMAGE});
        ccdk_ssm_string_parameter_new(stack, "Parameter", &(ccdk_ssm_string_parameter_props){
            .allowed_pattern = ".*", .description = "The value Foo", .parameter_name = "FooParameter", .string_value = "Foo",
            .type = CCDK_SSM_PARAMETER_TYPE_STRING});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "T7", NULL);
        ccdk_ssm_string_parameter *a = ccdk_ssm_string_parameter_from_string_parameter_attributes(stack, "my-param-name",
            &(ccdk_ssm_string_parameter_attributes){.parameter_name = "my-param-name", .type = CCDK_SSM_PARAMETER_TYPE_STRING});
        ccdk_ssm_string_parameter *b = ccdk_ssm_string_parameter_from_string_parameter_attributes(stack, "image",
            &(ccdk_ssm_string_parameter_attributes){.parameter_name = "image-param", .type = CCDK_SSM_PARAMETER_TYPE_AWS_EC2_IMAGE_ID});
        ccdk_ssm_string_parameter *c = ccdk_ssm_string_parameter_from_string_parameter_attributes(stack, "typed",
            &(ccdk_ssm_string_parameter_attributes){.parameter_name = "typed-param", .value_type = "String"});
        ccdk_value *props = ccdk_v_object(stack);
        ccdk_v_set(props, "A", ccdk_v_string(stack, ccdk_ssm_string_parameter_string_value(a)));
        ccdk_v_set(props, "B", ccdk_v_string(stack, ccdk_ssm_string_parameter_string_value(b)));
        ccdk_v_set(props, "C", ccdk_v_string(stack, ccdk_ssm_string_parameter_string_value(c)));
        ccdk_cfn_resource_new(stack, "Values", "CDK::Phony::Values", props);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
