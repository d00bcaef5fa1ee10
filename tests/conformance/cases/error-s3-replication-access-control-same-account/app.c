/* accessControlTransition to a destination of the same account */
#include <ccdk/iam.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *destination = ccdk_s3_bucket_new(stack, "Destination", &(ccdk_s3_bucket_props){.versioned = CCDK_TRUE});
    (void)destination;
    ccdk_s3_bucket_new(stack, "Source", &(ccdk_s3_bucket_props){.versioned = CCDK_TRUE, .replication_rules = CCDK_LIST_OF(ccdk_s3_replication_rule, {.destination = destination, .access_control_transition = CCDK_TRUE})});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
