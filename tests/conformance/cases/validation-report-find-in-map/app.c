/* Conformance case 'validation-report-find-in-map': see app.js. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_mapping *mapping = ccdk_cfn_mapping_new(stack, "Sizes", ccdk_v_json(app, "{\"small\":{\"memory\":\"256\"}}"));
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = ccdk_fn_find_in_map(stack, "Zed", "a", "b", NULL),
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .description = ccdk_fn_find_in_map(stack, "Abc", "a", "b", NULL),
    });
    ccdk_cfn_resource *res = ccdk_lambda_function_resource(fn);
    ccdk_cfn_resource_add_property_override(res, "KmsKeyArn",
                                            ccdk_v_string(app, ccdk_fn_find_in_map(stack, "Zed", "c", "d", NULL)));
    ccdk_cfn_resource_add_property_override(res, "MemorySize",
                                            ccdk_v_string(app, ccdk_cfn_mapping_find_in_map(mapping, "small", "memory")));
    ccdk_value *props = ccdk_v_object(app);
    ccdk_v_set(props, "QueueName", ccdk_v_string(app, ccdk_fn_find_in_map(stack, "Abc", "x", "y", NULL)));
    ccdk_cfn_resource *other = ccdk_cfn_resource_new(stack, "Queue", "AWS::SQS::Queue", props);
    ccdk_cfn_resource_add_metadata(other, "note", ccdk_v_string(app, ccdk_fn_find_in_map(stack, "InMetadata", "k", "v", NULL)));
    ccdk_cfn_output_new(stack, "Out", &(ccdk_cfn_output_props){.value = ccdk_fn_find_in_map(stack, "InOutput", "a", "b", NULL)});
    ccdk_cfn_mapping_new(stack, "Unused", ccdk_v_json(app, "{\"k\":{\"v\":\"x\"}}"));
    ccdk_stack *env = ccdk_stack_new(app, "EnvStack", &(ccdk_stack_props){.account = "111122223333", .region = "eu-west-1"});
    ccdk_stack *stacks[] = {stack, env};
    for (int i = 0; i < 2; i++) {
        ccdk_value *p = ccdk_v_object(app);
        ccdk_v_set(p, "QueueName",
                   ccdk_v_string(app, ccdk_fn_find_in_map(stacks[i], ccdk_aws_region(stacks[i]), "a", "b", NULL)));
        ccdk_v_set(p, "KmsMasterKeyId",
                   ccdk_v_string(app, ccdk_fn_find_in_map(stacks[i], ccdk_aws_account_id(stacks[i]), "a", "b", NULL)));
        ccdk_cfn_resource_new(stacks[i], "ByRegion", "AWS::SQS::Queue", p);
    }
    ccdk_stack *plain = ccdk_stack_new(app, "PlainStack", NULL);
    ccdk_cfn_mapping_new(plain, "Unused", ccdk_v_json(app, "{\"k\":{\"v\":\"x\"}}"));
    ccdk_value *qp = ccdk_v_object(app);
    ccdk_v_set(qp, "QueueName", ccdk_v_string(app, ccdk_fn_find_in_map(plain, "Nope", "a", "b", NULL)));
    ccdk_cfn_resource_new(plain, "Q", "AWS::SQS::Queue", qp);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
