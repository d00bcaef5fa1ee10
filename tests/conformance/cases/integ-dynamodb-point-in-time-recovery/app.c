/* Conformance case 'integ-dynamodb-point-in-time-recovery': aws-cdk's integ.dynamodb.point-in-time-recovery.ts
 * (framework-integ/test/aws-dynamodb); dropped: the IntegTest. Adapted: the integ file's top-level
 * recoveryPeriodInDays: 35 is not a TableProps of aws-cdk-lib 2.276.0 (which ignores it), so it is left out */
#include <ccdk/dynamodb.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-dynamodb-point-in-time-recovery", &(ccdk_stack_props){0});

    ccdk_dynamodb_table_new(stack, "TableTest1", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .point_in_time_recovery = CCDK_TRUE,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
