/* A Stage id that is not a stage name: aws-cdk-lib's error, nothing written. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stage *stage = ccdk_stage_new(app, "1st-stage", NULL);
    ccdk_stack_new(stage, "Stack", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
