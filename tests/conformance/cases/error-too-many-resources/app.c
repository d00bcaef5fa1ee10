/* 501 resources in one stack: aws-cdk-lib's TooManyResourcesInStack error, nothing written. */
#include <stdio.h>
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Big", NULL);
    char id[32];
    for (int i = 0; i < 400; i++) {
        snprintf(id, sizeof id, "Topic%d", i);
        ccdk_cfn_resource_new(stack, id, "AWS::SNS::Topic", NULL);
    }
    for (int i = 0; i < 101; i++) {
        snprintf(id, sizeof id, "Queue%d", i);
        ccdk_cfn_resource_new(stack, id, "AWS::SQS::Queue", NULL);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
