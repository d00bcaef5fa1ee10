/* Conformance case 'core-stack-tags-add-remove': see app.js. */
#include <ccdk/core.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *s1 = ccdk_stack_new(app, "S1", &(ccdk_stack_props){
        .tags = CCDK_KVS({"team", "orders"}, {"cost", "c1"}, {"keep", "props"})});
    ccdk_sqs_queue_new(s1, "Q", NULL);
    ccdk_stack_add_stack_tag(s1, "team", "payments");
    ccdk_stack_add_stack_tag(s1, "env", "prod");
    ccdk_stack_add_stack_tag(s1, "tmp", "x");
    ccdk_stack_remove_stack_tag(s1, "tmp");
    ccdk_stack_remove_stack_tag(s1, "keep");
    ccdk_stack_remove_stack_tag(s1, "later");
    ccdk_stack_add_stack_tag(s1, "later", "added-after-remove");
    ccdk_tags_remove(s1, "cost");
    ccdk_tags_add(s1, "env", "staging");

    ccdk_stack *s2 = ccdk_stack_new(app, "S2", NULL);
    ccdk_sqs_queue_new(s2, "Q", NULL);
    ccdk_stack_add_stack_tag(s2, "owner", "ops");
    ccdk_stack_add_stack_tag(s2, "gone", "soon");
    ccdk_tags_remove(s2, "gone");
    ccdk_tags_add(app, "app", "shop");
    ccdk_tags_remove_with(app, "owner", &(ccdk_tag_props){.priority = CCDK_NUM(10)});
    ccdk_stack *nested = ccdk_nested_stack_new(s2, "Inner", NULL);
    ccdk_sqs_queue_new(nested, "Q", NULL);
    ccdk_stack_add_stack_tag(nested, "layer", "inner");
    ccdk_stack_add_stack_tag(nested, "app", "not-this");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
