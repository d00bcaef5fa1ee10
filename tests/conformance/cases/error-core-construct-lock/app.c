/* construct.test.ts 'construct.lock() protects against adding children anywhere under this
 * construct': a child of a child of a locked construct (a sibling's still allowed). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_construct *c0a = ccdk_construct_new(app, "c0a");
    ccdk_construct *c0b = ccdk_construct_new(app, "c0b");
    ccdk_construct *c1a = ccdk_construct_new(c0a, "c1a");
    ccdk_construct_new(c0a, "c1b");
    ccdk_node_lock(c0a);
    ccdk_construct_new(c0b, "c1a");
    ccdk_construct_new(c1a, "fail2");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
