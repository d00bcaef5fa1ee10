/* Conformance case 'tags-stack-deploy-time-values': stack tags with a token key or value are left
 * out of aws:cdk:stack-tags, with a warning before it (see app.js). */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_parameter *value = ccdk_cfn_parameter_new(stack, "TagValue", NULL);
    ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_tags_add(stack, "literal", "yes");
    ccdk_tags_add(stack, "fromParam", ccdk_cfn_parameter_value_as_string(value));
    ccdk_tags_add(stack, ccdk_fmt(stack, "key-%s", ccdk_aws_region(stack)), "v");
    ccdk_stack *only = ccdk_stack_new(app, "OnlyTokens", NULL);
    ccdk_cfn_parameter *p = ccdk_cfn_parameter_new(only, "P", NULL);
    ccdk_sqs_queue_new(only, "Queue", NULL);
    ccdk_tags_add(only, "t", ccdk_cfn_parameter_value_as_string(p));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
