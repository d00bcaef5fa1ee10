/* Conformance case 'integ-dynamodb-deletion-protection': aws-cdk's integ.dynamodb.deletion-protection.ts
 * (framework-integ/test/aws-dynamodb); dropped: the IntegTest (and its hooks) */
#include <stdlib.h>

#include <ccdk/dynamodb.h>

/* process.env.CDK_INTEG_ACCOUNT || process.env.CDK_DEFAULT_ACCOUNT (an empty string is falsy) */
static const char *env_account(void)
{
    const char *a = getenv("CDK_INTEG_ACCOUNT");
    if (a && *a)
        return a;
    a = getenv("CDK_DEFAULT_ACCOUNT");
    return a && *a ? a : NULL;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "deletion-protection-stack", &(ccdk_stack_props){
        .region = "us-east-1",
        .account = env_account(),
    });

    ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){
        .partition_key = {"pk", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .deletion_protection = CCDK_TRUE,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .table_name = "deletion-protection-test",
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
