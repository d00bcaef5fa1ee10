/* PolicyStatement.fromJson: an Action that is an object: "Fields must be either a string or an array of strings". */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_policy_statement_from_json(stack, ccdk_v_json(stack, "{\"Action\": {\"a\": 1}, \"Resource\": \"*\"}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
