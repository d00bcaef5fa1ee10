/* error: a permissions boundary ARN with ${AWS::AccountId} in an environment-agnostic stack. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack_new(app, "Stack", &(ccdk_stack_props){
        .permissions_boundary = {.arn = "arn:aws:iam::${AWS::AccountId}:policy/valid"},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
