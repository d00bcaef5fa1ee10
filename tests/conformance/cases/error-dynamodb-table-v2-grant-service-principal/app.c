/* error: a TableV2's grant() given a ServicePrincipal grantee that DynamoDB does not accept */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_v2_new(stack, "Table", &(ccdk_dynamodb_table_v2_props){
        .partition_key = {.name = "id", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING},
    });
    ccdk_dynamodb_table_grant(table, ccdk_iam_service_principal(stack, "lambda.amazonaws.com"), CCDK_STRS("dynamodb:GetItem"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
