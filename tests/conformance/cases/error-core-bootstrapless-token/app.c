/* Conformance case 'error-core-bootstrapless-token': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack_new(app, "Stack", &(ccdk_stack_props){
        .bootstrapless_synthesizer = &(ccdk_bootstrapless_synthesizer_props){
            .cloud_formation_execution_role_arn = ccdk_fmt(app, "arn:aws:iam::%s:role/exec", ccdk_aws_account_id(app)),
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
