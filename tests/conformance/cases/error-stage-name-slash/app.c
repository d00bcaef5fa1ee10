/* A Stage id with a "/" is not a stage name: aws-cdk-lib's error, naming the id as given. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stage_new(app, "abcd123-588dfjjk.sss_ajsid", NULL);
    ccdk_stage_new(app, "abcd123-588dfjjk.sss_ajsid/dfo", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
