/* SecurityGroup.fromLookupById with a token id (see app.js). */
#include <ccdk/ec2.h>

static const char *produce(void *ctx)
{
    (void)ctx;
    return "sg-12345";
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", &(ccdk_stack_props){.account = "1234", .region = "us-east-1"});
    ccdk_ec2_security_group_from_lookup_by_id(stack, "stack", ccdk_lazy_string(stack, produce, NULL));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
