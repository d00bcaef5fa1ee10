/* an inventoryId with a character other than word ones, "." and "-" (thrown while the inventories render) */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *dest = ccdk_s3_bucket_new(stack, "Dest", NULL);
    ccdk_s3_bucket_new(stack, "Bucket", &(ccdk_s3_bucket_props){
        .inventories = CCDK_LIST_OF(ccdk_s3_inventory, {.destination = {.bucket = dest}, .inventory_id = "bad id!"}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
