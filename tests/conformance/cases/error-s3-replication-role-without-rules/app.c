/* replicationRole without replicationRules */
#include <ccdk/iam.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *destination = ccdk_s3_bucket_new(stack, "Destination", &(ccdk_s3_bucket_props){.versioned = CCDK_TRUE});
    (void)destination;
    ccdk_s3_bucket_new(stack, "Source", &(ccdk_s3_bucket_props){.versioned = CCDK_TRUE, .replication_role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(stack, "s3.amazonaws.com")})});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
