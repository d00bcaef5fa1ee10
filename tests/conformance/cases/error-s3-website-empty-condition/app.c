/* a routing rule whose condition is an empty object */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "Website", &(ccdk_s3_bucket_props){.website_index_document = "index.html", .website_routing_rules = CCDK_LIST_OF(ccdk_s3_routing_rule, {.host_name = "www.example.com", .condition = &(ccdk_s3_routing_rule_condition){0}})});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
