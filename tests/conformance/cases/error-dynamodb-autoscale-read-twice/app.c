/* error: autoScaleReadCapacity called twice on a Table */
#include <ccdk/dynamodb.h>

#define SCALING(...) (&(ccdk_dynamodb_enable_scaling_props){__VA_ARGS__})

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_dynamodb_table *t = ccdk_dynamodb_table_new(stack, "MyTable", &(ccdk_dynamodb_table_props){
        .partition_key = {"hashKey", CCDK_DYNAMODB_ATTRIBUTE_STRING},
    });
    {
        ccdk_dynamodb_table_auto_scale_read_capacity(t, SCALING(CCDK_NUM(1), CCDK_NUM(10)));
        ccdk_dynamodb_table_auto_scale_read_capacity(t, SCALING(CCDK_NUM(1), CCDK_NUM(10)));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
