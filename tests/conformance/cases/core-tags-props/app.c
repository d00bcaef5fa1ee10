/* Conformance case 'core-tags-props': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
    });
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_sqs_queue_new(stack, "Other", NULL);

    ccdk_tags_add_with(stack, "team", "a", &(ccdk_tag_props){.include_resource_types = CCDK_STRS("AWS::Lambda::Function")});
    ccdk_tags_add_with(fn, "team", "b", &(ccdk_tag_props){.priority = CCDK_NUM(50)});
    ccdk_tags_add_with(stack, "cost", "x", &(ccdk_tag_props){.exclude_resource_types = CCDK_STRS("AWS::IAM::Role", "aws:cdk:stack")});
    ccdk_tags_remove_with(stack, "cost", &(ccdk_tag_props){.include_resource_types = CCDK_STRS("AWS::SQS::Queue")});
    ccdk_tags_add_with(app, "stack-only", "y", &(ccdk_tag_props){.include_resource_types = CCDK_STRS("aws:cdk:stack")});
    ccdk_tags_add_with(queue, "pinned", "1", &(ccdk_tag_props){.priority = CCDK_NUM(300)});
    ccdk_tags_add(stack, "pinned", "0");
    ccdk_tags_remove(stack, "pinned");
    ccdk_tags_remove_with(fn, "cost", &(ccdk_tag_props){.priority = CCDK_NUM(50)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
