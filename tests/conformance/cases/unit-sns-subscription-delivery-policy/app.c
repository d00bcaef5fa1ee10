/* Subscription deliveryPolicy: see app.js. */
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_sns_subscription_new(stack, "Full", &(ccdk_sns_subscription_props){
        .endpoint = "endpoint",
        .delivery_policy = &(ccdk_sns_delivery_policy){
            .healthy_retry_policy = &(ccdk_sns_healthy_retry_policy){
                .min_delay_target = ccdk_duration_seconds(5),
                .max_delay_target = ccdk_duration_seconds(10),
                .num_retries = CCDK_NUM(6),
                .num_no_delay_retries = CCDK_NUM(1),
                .num_min_delay_retries = CCDK_NUM(2),
                .num_max_delay_retries = CCDK_NUM(3),
                .backoff_function = CCDK_SNS_BACKOFF_FUNCTION_EXPONENTIAL,
            },
            .throttle_policy = &(ccdk_sns_throttle_policy){.max_receives_per_second = CCDK_NUM(10)},
            .request_policy = &(ccdk_sns_request_policy){.header_content_type = "application/json"},
        },
        .protocol = CCDK_SNS_PROTOCOL_HTTPS,
        .topic = topic,
    });
    ccdk_sns_subscription_new(stack, "Defaults", &(ccdk_sns_subscription_props){
        .endpoint = "http://example.com",
        .delivery_policy = &(ccdk_sns_delivery_policy){
            .healthy_retry_policy = &(ccdk_sns_healthy_retry_policy){.backoff_function = CCDK_SNS_BACKOFF_FUNCTION_LINEAR},
        },
        .protocol = CCDK_SNS_PROTOCOL_HTTP,
        .topic = topic,
    });
    ccdk_sns_subscription_new(stack, "Zeros", &(ccdk_sns_subscription_props){
        .endpoint = "endpoint",
        .delivery_policy = &(ccdk_sns_delivery_policy){
            .healthy_retry_policy = &(ccdk_sns_healthy_retry_policy){
                .min_delay_target = ccdk_duration_millis(3000),
                .max_delay_target = ccdk_duration_minutes(60),
                .num_retries = CCDK_NUM(0),
                .num_no_delay_retries = CCDK_NUM(0),
                .num_min_delay_retries = CCDK_NUM(0),
                .num_max_delay_retries = CCDK_NUM(0),
                .backoff_function = CCDK_SNS_BACKOFF_FUNCTION_ARITHMETIC,
            },
            .throttle_policy = &(ccdk_sns_throttle_policy){0},
            .request_policy = &(ccdk_sns_request_policy){0},
        },
        .protocol = CCDK_SNS_PROTOCOL_HTTPS,
        .topic = topic,
    });
    ccdk_cfn_parameter *content_type = ccdk_cfn_parameter_new(stack, "ContentType", NULL);
    ccdk_sns_subscription_new(stack, "OnlyThrottle", &(ccdk_sns_subscription_props){
        .endpoint = "endpoint",
        .delivery_policy = &(ccdk_sns_delivery_policy){
            .healthy_retry_policy = &(ccdk_sns_healthy_retry_policy){
                .max_delay_target = ccdk_duration_seconds(1),
                .min_delay_target = ccdk_duration_seconds(1),
            },
            .throttle_policy = &(ccdk_sns_throttle_policy){.max_receives_per_second = CCDK_NUM(1)},
            .request_policy = &(ccdk_sns_request_policy){.header_content_type = ccdk_cfn_parameter_value_as_string(content_type)},
        },
        .protocol = CCDK_SNS_PROTOCOL_HTTPS,
        .topic = topic,
    });
    ccdk_sns_subscription_new(stack, "Empty", &(ccdk_sns_subscription_props){
        .endpoint = "endpoint",
        .delivery_policy = &(ccdk_sns_delivery_policy){0},
        .protocol = CCDK_SNS_PROTOCOL_HTTPS,
        .topic = topic,
    });
    ccdk_sns_topic_add_url_subscription(topic, "https://example.com/hook", &(ccdk_sns_url_subscription_props){
        .delivery_policy = &(ccdk_sns_delivery_policy){
            .healthy_retry_policy = &(ccdk_sns_healthy_retry_policy){
                .min_delay_target = ccdk_duration_seconds(30),
                .backoff_function = CCDK_SNS_BACKOFF_FUNCTION_GEOMETRIC,
            },
            .throttle_policy = &(ccdk_sns_throttle_policy){.max_receives_per_second = CCDK_NUM(100)},
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
