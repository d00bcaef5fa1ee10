/* Conformance case 'error-custom-resource-service-timeout': a CustomResource serviceTimeout over 3600 seconds: aws-cdk-lib's error, nothing written. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_custom_resource_new(stack, "Resource", &(ccdk_custom_resource_props){
        .service_token = "arn:aws:lambda:us-east-1:123456789012:function:provider",
        .service_timeout = ccdk_duration_minutes(61),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
