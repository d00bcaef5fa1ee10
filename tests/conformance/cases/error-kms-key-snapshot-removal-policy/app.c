/* error-kms-key-snapshot-removal-policy: RemovalPolicy.SNAPSHOT on AWS::KMS::Key (an error under
 * @aws-cdk/core:validateSnapshotRemovalPolicy, else a warning). */
#include <ccdk/kms.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key_new(stack, "Key", &(ccdk_kms_key_props){.removal_policy = CCDK_REMOVAL_POLICY_SNAPSHOT});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
