/* Vpc.fromLookup in an environment-agnostic stack: aws-cdk-lib's error (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc_from_lookup(stack, "Vpc", &(ccdk_ec2_vpc_lookup_options){.is_default = CCDK_TRUE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
