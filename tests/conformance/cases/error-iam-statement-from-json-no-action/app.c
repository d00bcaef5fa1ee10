/* PolicyStatement.fromJson without Action or NotAction: "Incorrect Policy Statement: A PolicyStatement must specify at least one 'action' or 'notAction'." */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_policy_statement_from_json(stack, ccdk_v_json(stack, "{\"Resource\": \"*\", \"Effect\": \"Allow\"}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
