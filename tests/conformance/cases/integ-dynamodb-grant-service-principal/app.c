/* Conformance case 'integ-dynamodb-grant-service-principal': aws-cdk's integ.dynamodb.grant-service-principal.ts
 * (framework-integ/test/aws-dynamodb); dropped: the IntegTest. Adapted: the integ file's table1.grantReadWriteData
 * and table2.grantWriteData to a ServicePrincipal are dropped grants in newer aws-cdk-lib, but aws-cdk-lib
 * 2.276.0 throws "DynamoDB grant* methods do not support ServicePrincipal grantees" for them: left out */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "grant-service-principal-test-stack", NULL);

    ccdk_dynamodb_table_new(stack, "GrantDropTable", &(ccdk_dynamodb_table_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });

    ccdk_dynamodb_table_v2_new(stack, "GrantDropTableV2", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });

    ccdk_dynamodb_table *table3 = ccdk_dynamodb_table_new(stack, "Table3", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_value *string_equals = ccdk_v_object(stack);
    ccdk_v_set(string_equals, "aws:SourceAccount", ccdk_v_string(stack, ccdk_stack_account(stack)));
    ccdk_value *conditions = ccdk_v_object(stack);
    ccdk_v_set(conditions, "StringEquals", string_equals);
    ccdk_dynamodb_table_add_to_resource_policy(table3, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("dynamodb:ReadDataForReplication", "dynamodb:WriteDataForReplication",
                             "dynamodb:ReplicateSettings"),
        .principals = CCDK_LIST(ccdk_iam_service_principal(stack, "replication.dynamodb.amazonaws.com")),
        .resources = CCDK_STRS("*"),
        .conditions = conditions,
    }));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
