/* Conformance case 'dynamodb-table-v2-resource-policy': TableV2 grants to grantees without a policy
 * of their own or of another account write the table's resource policy into its replica, and
 * addToResourcePolicy does too */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {.name = "id", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });
    ccdk_dynamodb_table_grant_read_data(table, ccdk_iam_account_principal(stack, "111111111111"));
    ccdk_dynamodb_table_grant_write_data(table, ccdk_iam_service_principal(stack, "glue.amazonaws.com"));
    ccdk_dynamodb_table_grant_read_write_data(table,
                                              ccdk_iam_role_from_role_arn(stack, "OtherRole", "arn:aws:iam::111111111111:role/SomeRole"));
    ccdk_dynamodb_table_grant_full_access(
        table, ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_account_root_principal(stack)}));
    ccdk_dynamodb_table_add_to_resource_policy(table, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("dynamodb:GetItem"),
        .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn:aws:iam::111122223333:user/testuser")),
        .resources = CCDK_STRS("*"),
    }));

    ccdk_stack *agnostic = ccdk_stack_new(app, "AgnosticStack", NULL);
    ccdk_dynamodb_table *v2 = ccdk_dynamodb_table_v2_new(agnostic, "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {.name = "pk", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .sort_key = {.name = "sk", .type = CCDK_DYNAMODB_ATTRIBUTE_NUMBER},
        .table_name = "orders",
    });
    ccdk_dynamodb_table_add_to_resource_policy(v2, ccdk_iam_policy_statement_new(agnostic, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("dynamodb:*"),
        .principals = CCDK_LIST(ccdk_iam_account_root_principal(agnostic)),
        .resources = CCDK_STRS("*"),
    }));
    ccdk_dynamodb_table_grant(v2, ccdk_iam_arn_principal(agnostic, "arn:aws:iam::222222222222:role/Reader"),
                              CCDK_STRS("dynamodb:GetItem", "dynamodb:Query"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
