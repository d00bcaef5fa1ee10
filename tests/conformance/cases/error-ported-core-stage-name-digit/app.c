/* stage.test.ts's stage name validation: "45hello" is not a stage name (aws-cdk-lib's error). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stage_new(app, "a", NULL);
    ccdk_stage_new(app, "abcd", NULL);
    ccdk_stage_new(app, "abcd123", NULL);
    ccdk_stage_new(app, "abcd123-588dfjjk", NULL);
    ccdk_stage_new(app, "abcd123-588dfjjk.sss", NULL);
    ccdk_stage_new(app, "abcd123-588dfjjk.sss_ajsid", NULL);

    ccdk_stage_new(app, "45hello", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
