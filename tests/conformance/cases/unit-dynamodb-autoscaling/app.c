/* aws-dynamodb/test/dynamodb.test.ts's auto scaling tests, a stack each (see app.js). */
#include <ccdk/appscaling.h>
#include <ccdk/dynamodb.h>

static ccdk_app *app;

static ccdk_stack *S(const char *id) { return ccdk_stack_new(app, id, NULL); }

#define TABLE_PARTITION_KEY ((ccdk_dynamodb_attribute){"hashKey", CCDK_DYNAMODB_ATTRIBUTE_STRING})
#define SCALING(...) (&(ccdk_dynamodb_enable_scaling_props){__VA_ARGS__})
#define UTILIZATION(...) (&(ccdk_dynamodb_utilization_scaling_props){__VA_ARGS__})

static ccdk_dynamodb_table *table(ccdk_stack *stack)
{
    return ccdk_dynamodb_table_new(stack, "MyTable", &(ccdk_dynamodb_table_props){
        .read_capacity = CCDK_NUM(42), .write_capacity = CCDK_NUM(1337), .partition_key = TABLE_PARTITION_KEY});
}

int main(void)
{
    app = ccdk_app_new(NULL);

    ccdk_dynamodb_scalable_attribute_scale_on_utilization(
        ccdk_dynamodb_table_auto_scale_read_capacity(table(S("ReadScaling")), SCALING(CCDK_NUM(50), CCDK_NUM(500))),
        UTILIZATION(.target_utilization_percent = CCDK_NUM(75)));
    ccdk_dynamodb_scalable_attribute_scale_on_utilization(
        ccdk_dynamodb_table_auto_scale_write_capacity(table(S("WriteScaling")), SCALING(CCDK_NUM(50), CCDK_NUM(500))),
        UTILIZATION(.target_utilization_percent = CCDK_NUM(75)));
    {
        ccdk_dynamodb_table *t = table(S("BothScaling"));
        ccdk_dynamodb_scalable_attribute_scale_on_utilization(
            ccdk_dynamodb_table_auto_scale_read_capacity(t, SCALING(.max_capacity = CCDK_NUM(100))),
            UTILIZATION(.target_utilization_percent = CCDK_NUM(10), .policy_name = "ReadPolicy", .disable_scale_in = CCDK_TRUE,
                        .scale_in_cooldown = ccdk_duration_minutes(1), .scale_out_cooldown = ccdk_duration_seconds(30)));
        ccdk_dynamodb_scalable_attribute_scale_on_utilization(
            ccdk_dynamodb_table_auto_scale_write_capacity(t, SCALING(CCDK_NUM(5), CCDK_NUM(5))),
            UTILIZATION(.target_utilization_percent = CCDK_NUM(90), .disable_scale_in = CCDK_FALSE));
    }
    {
        ccdk_stack *stack = S("Schedule");
        ccdk_dynamodb_scalable_attribute *scaling =
            ccdk_dynamodb_table_auto_scale_read_capacity(table(stack), SCALING(CCDK_NUM(1), CCDK_NUM(100)));
        ccdk_dynamodb_scalable_attribute_scale_on_schedule(scaling, "SaveMoneyByNotScalingUp", &(ccdk_appscaling_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_cron(stack, NULL), .max_capacity = CCDK_NUM(10)});
        ccdk_dynamodb_scalable_attribute_scale_on_schedule(scaling, "Morning", &(ccdk_appscaling_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.hour = "8", .minute = "0"}),
            .min_capacity = CCDK_NUM(20), .time_zone = "Europe/Berlin"});
        ccdk_dynamodb_scalable_attribute_scale_on_utilization(scaling, UTILIZATION(.target_utilization_percent = CCDK_NUM(50)));
    }
    {
        ccdk_stack *stack = S("ScheduleMinuteStar");
        ccdk_dynamodb_scalable_attribute_scale_on_schedule(
            ccdk_dynamodb_table_auto_scale_read_capacity(table(stack), SCALING(CCDK_NUM(1), CCDK_NUM(100))), "SaveMoneyByNotScalingUp",
            &(ccdk_appscaling_scaling_schedule){
                .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.minute = "*"}),
                .max_capacity = CCDK_NUM(10)});
    }
    {
        ccdk_stack *stack = S("IndexScaling");
        ccdk_dynamodb_table *t = ccdk_dynamodb_table_new(stack, "MyTable", &(ccdk_dynamodb_table_props){
            .table_name = "MyTable", .partition_key = TABLE_PARTITION_KEY});
        ccdk_dynamodb_table_add_global_secondary_index(t, &(ccdk_dynamodb_global_secondary_index_props){
            .index_name = "MyGSI", .partition_key = {"gsiHashKey", CCDK_DYNAMODB_ATTRIBUTE_STRING}});
        ccdk_dynamodb_scalable_attribute_scale_on_utilization(
            ccdk_dynamodb_table_auto_scale_global_secondary_index_read_capacity(t, "MyGSI", SCALING(CCDK_NUM(1), CCDK_NUM(10))),
            UTILIZATION(.target_utilization_percent = CCDK_NUM(60)));
        ccdk_dynamodb_scalable_attribute_scale_on_schedule(
            ccdk_dynamodb_table_auto_scale_global_secondary_index_write_capacity(t, "MyGSI", SCALING(CCDK_NUM(2), CCDK_NUM(20))),
            "Night", &(ccdk_appscaling_scaling_schedule){
                .schedule = ccdk_appscaling_schedule_rate(stack, ccdk_duration_hours(12)),
                .min_capacity = CCDK_NUM(2), .max_capacity = CCDK_NUM(4)});
        ccdk_dynamodb_table_auto_scale_read_capacity(t, SCALING(CCDK_NUM(1), CCDK_NUM(10)));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
