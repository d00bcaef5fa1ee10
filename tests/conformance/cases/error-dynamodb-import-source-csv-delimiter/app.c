/* error: InputFormat.csv with a delimiter DynamoDB does not take */
#include <ccdk/dynamodb.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .import_source = &(ccdk_dynamodb_import_source_specification){
            .compression_type = CCDK_DYNAMODB_INPUT_COMPRESSION_NONE,
            .input_format = {.kind = CCDK_DYNAMODB_INPUT_FORMAT_CSV, .csv_delimiter = ",,", .csv_header_list = CCDK_STRS("id", "name")},
            .bucket = bucket, .bucket_owner = "111111111111", .key_prefix = "prefix"}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
