/* construct.test.ts 'construct.setContext(key, value) can only be called before adding any
 * children' (every child's id in the message). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_construct *root = ccdk_construct_new(app, "Root");
    ccdk_construct_new(root, "child1");
    ccdk_construct_new(root, "child2");
    ccdk_node_set_context(root, "k", "\"v\"");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
