/* addReplicationPolicy with accessControlTransition and no account */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *destination = ccdk_s3_bucket_new(stack, "Destination", &(ccdk_s3_bucket_props){.versioned = CCDK_TRUE});
    ccdk_s3_bucket_add_replication_policy(destination, "arn:aws:iam::111111111111:role/replication", CCDK_TRUE, NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
