/* error: new StringParameter with the deprecated type AWS_EC2_IMAGE_ID */
#include <string.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ssm_string_parameter_new(stack, "myParam", &(ccdk_ssm_string_parameter_props){
        .string_value = "myValue", .type = CCDK_SSM_PARAMETER_TYPE_AWS_EC2_IMAGE_ID});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
