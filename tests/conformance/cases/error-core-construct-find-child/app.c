/* construct.test.ts 'construct.getChild(name) can be used to retrieve a child from a parent'
 * (node.findChild of a missing id). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_construct *root = ccdk_construct_new(app, "Root");
    ccdk_construct_new(root, "Contruct");
    ccdk_node_find_child(root, "Contruct");
    ccdk_node_find_child(root, "NotFound");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
