/* error: a PolicyStatement whose props' not_actions list has "*" and "service:acti*" (valid) before
 * "in:val:id" (policy-document.test.ts: 'Throws with invalid not actions'). */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .not_actions = CCDK_STRS("service:action", "*", "service:acti*", "in:val:id")});
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "Document", ccdk_iam_policy_document_value(
        ccdk_iam_policy_document_new(stack, (ccdk_iam_policy_statement_list)CCDK_LIST(s))));
    ccdk_cfn_resource_new(stack, "Doc", "Custom::Doc", props);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
