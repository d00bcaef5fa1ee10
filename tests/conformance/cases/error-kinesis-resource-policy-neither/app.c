/* Conformance case 'error-kinesis-resource-policy-neither': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_kinesis_resource_policy_new(stack, "Policy", &(ccdk_kinesis_resource_policy_props){
        .policy_document = ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list){0})});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
