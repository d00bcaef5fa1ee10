/* error: aws-iam principals.test.ts 'cannot have multiple principals with different conditions in
 * the same statement'. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "First", NULL);
    ccdk_iam_user *user = ccdk_iam_user_new(stack, "User", NULL);
    ccdk_iam_user_add_to_principal_policy(user, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .principals = CCDK_LIST(
            ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "myService.amazon.com"),
                                               ccdk_v_json(stack, "{\"StringEquals\": {\"hairColor\": \"blond\"}}")),
            ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "yourservice.amazon.com"),
                                               ccdk_v_json(stack, "{\"StringEquals\": {\"hairColor\": \"black\"}}"))),
    }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
