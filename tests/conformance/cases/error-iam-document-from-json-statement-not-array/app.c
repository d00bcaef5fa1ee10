/* PolicyDocument.fromJson with a Statement that is an object: "Statement must be an array". */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_policy_document_from_json(stack, ccdk_v_json(stack, "{\"Statement\": {\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
