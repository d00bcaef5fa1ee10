/* synthesis.test.ts: an empty App without tree metadata (cdk.out and manifest.json only). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.tree_metadata = CCDK_FALSE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
