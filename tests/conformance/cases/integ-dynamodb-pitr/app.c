/* Conformance case 'integ-dynamodb-pitr': aws-cdk's integ.dynamodb.pitr.ts (framework-integ/test/aws-dynamodb);
 * dropped: the IntegTest */
#include <ccdk/dynamodb.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "table-pitr", &(ccdk_stack_props){.region = "eu-west-1"});

    ccdk_dynamodb_table_new(stack, "TableTest", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .point_in_time_recovery_specification = &(ccdk_dynamodb_point_in_time_recovery_specification){
            .point_in_time_recovery_enabled = CCDK_TRUE,
            .recovery_period_in_days = CCDK_NUM(10),
        },
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
