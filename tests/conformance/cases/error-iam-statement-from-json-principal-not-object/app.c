/* PolicyStatement.fromJson: a Principal that is a number: "JSON IAM principal should be an object, got 42". */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_policy_statement_from_json(stack, ccdk_v_json(stack, "{\"Action\": \"s3:GetObject\", \"Resource\": \"*\", \"Principal\": 42}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
