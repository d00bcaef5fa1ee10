/* Conformance case 'integ-dynamodb-stream-policy': aws-cdk's integ.dynamodb.stream-policy.ts
 * (framework-integ/test/aws-dynamodb); dropped: the IntegTest. Adapted: Table's streamResourcePolicy
 * is newer than aws-cdk-lib 2.276.0 (whose Table ignores it), so it and its policy document are left out */
#include <ccdk/dynamodb.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "resource-policy-stack", &(ccdk_stack_props){0});

    ccdk_dynamodb_table_new(stack, "TableTest1", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .stream = CCDK_DYNAMODB_STREAM_NEW_AND_OLD_IMAGES,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
