/* Conformance case 'error-custom-resource-type-length': custom-resource.test.ts's "Custom resource
 * type length must be less than 60 characters": a 62-character type, aws-cdk-lib's error. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_custom_resource_new(stack, "MyCustomResource", &(ccdk_custom_resource_props){
        .resource_type = "Custom::Adding_An_Additional_Fifty_Three_Characters_For_Error",
        .service_token = "FooBar",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
