/* dynamodb.test.ts: the table's importSource (see app.js). */
#include <stdio.h>

#include <ccdk/dynamodb.h>
#include <ccdk/s3.h>

#define PK {.name = "id", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING}

static ccdk_s3_bucket *S(ccdk_app *app, const char *id, ccdk_stack **stack)
{
    *stack = ccdk_stack_new(app, id, NULL);
    return ccdk_s3_bucket_new(*stack, "Bucket", NULL);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack;
    S(app, "Default", &stack);
    ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){.partition_key = PK});
    {
        ccdk_s3_bucket *bucket = S(app, "DynamoDBJson", &stack);
        ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){
            .partition_key = PK,
            .import_source = &(ccdk_dynamodb_import_source_specification){
                .compression_type = CCDK_DYNAMODB_INPUT_COMPRESSION_GZIP,
                .input_format = {.kind = CCDK_DYNAMODB_INPUT_FORMAT_DYNAMODB_JSON},
                .bucket = bucket, .bucket_owner = "111111111111", .key_prefix = "prefix"}});
    }
    {
        ccdk_s3_bucket *bucket = S(app, "Ion", &stack);
        ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){
            .partition_key = PK,
            .import_source = &(ccdk_dynamodb_import_source_specification){
                .compression_type = CCDK_DYNAMODB_INPUT_COMPRESSION_ZSTD,
                .input_format = {.kind = CCDK_DYNAMODB_INPUT_FORMAT_ION},
                .bucket = bucket, .bucket_owner = "111111111111", .key_prefix = "prefix"}});
    }
    {
        ccdk_s3_bucket *bucket = S(app, "Csv", &stack);
        ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){
            .partition_key = PK,
            .import_source = &(ccdk_dynamodb_import_source_specification){
                .compression_type = CCDK_DYNAMODB_INPUT_COMPRESSION_NONE,
                .input_format = {.kind = CCDK_DYNAMODB_INPUT_FORMAT_CSV, .csv_delimiter = ",",
                                 .csv_header_list = CCDK_STRS("id", "name")},
                .bucket = bucket, .bucket_owner = "111111111111", .key_prefix = "prefix"}});
    }
    {
        ccdk_s3_bucket *bucket = S(app, "CsvVariants", &stack);
        ccdk_dynamodb_table_new(stack, "NoOptions", &(ccdk_dynamodb_table_props){
            .partition_key = PK,
            .import_source = &(ccdk_dynamodb_import_source_specification){
                .input_format = {.kind = CCDK_DYNAMODB_INPUT_FORMAT_CSV}, .bucket = bucket}});
        static const char *const delimiters[] = {"\t", ":", ";", "|", " ", ""};
        for (int i = 0; i < 6; i++) {
            char id[16];
            snprintf(id, sizeof id, "Delimiter%d", i);
            ccdk_dynamodb_table_new(stack, id, &(ccdk_dynamodb_table_props){
                .partition_key = PK,
                .import_source = &(ccdk_dynamodb_import_source_specification){
                    .compression_type = CCDK_DYNAMODB_INPUT_COMPRESSION_GZIP,
                    .input_format = {.kind = CCDK_DYNAMODB_INPUT_FORMAT_CSV, .csv_delimiter = delimiters[i]},
                    .bucket = bucket}});
        }
        ccdk_dynamodb_table_new(stack, "HeadersOnly", &(ccdk_dynamodb_table_props){
            .partition_key = PK,
            .import_source = &(ccdk_dynamodb_import_source_specification){
                .input_format = {.kind = CCDK_DYNAMODB_INPUT_FORMAT_CSV, .csv_header_list = CCDK_STRS("a")},
                .bucket = ccdk_s3_bucket_from_bucket_name(stack, "Imported", "my-bucket"), .key_prefix = "data/"}});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
