/* error: a LazyRole outside any Stack (Resource's constructor: Stack.of). */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_iam_lazy_role_new(app, "Lazy", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(app, "test.service")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
