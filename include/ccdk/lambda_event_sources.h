/* ccdk/lambda_event_sources.h - event sources for Lambda functions (aws-lambda-event-sources) and
 * lambda.EventSourceMapping. */
#ifndef CCDK_LAMBDA_EVENT_SOURCES_H
#define CCDK_LAMBDA_EVENT_SOURCES_H

#include "ccdk/lambda.h"
#include "ccdk/sqs.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_lambda_event_source_mapping ccdk_lambda_event_source_mapping;
typedef struct ccdk_lambda_event_source ccdk_lambda_event_source;

typedef enum {
    CCDK_LAMBDA_STARTING_POSITION_UNSET = 0,
    CCDK_LAMBDA_STARTING_POSITION_TRIM_HORIZON,
    CCDK_LAMBDA_STARTING_POSITION_LATEST,
    CCDK_LAMBDA_STARTING_POSITION_AT_TIMESTAMP
} ccdk_lambda_starting_position;

/* ================================================================== EventSourceMapping */

/** EventSourceMappingOptions (the subset ccdk supports). */
typedef struct {
    const char *event_source_arn; /* required */
    ccdk_opt_num batch_size;
    ccdk_tristate bisect_batch_on_error;
    ccdk_tristate enabled;
    ccdk_duration max_batching_window; /* at most 300 seconds */
    ccdk_opt_num max_concurrency;      /* 2 to 1000 */
    ccdk_duration max_record_age;      /* 60 seconds to 7 days */
    ccdk_opt_num retry_attempts;       /* -1, or 0 to 10000 */
    ccdk_opt_num parallelization_factor; /* 1 to 10 */
    ccdk_tristate report_batch_item_failures;
    ccdk_lambda_starting_position starting_position;
    ccdk_opt_num starting_position_timestamp;
    ccdk_duration tumbling_window;     /* at most 900 seconds */
    const char *kafka_topic;
} ccdk_lambda_event_source_mapping_options;

/** fn.addEventSourceMapping(id, options): a mapping under the function (Function, Version, Alias, import). */
ccdk_lambda_event_source_mapping *ccdk_lambda_function_add_event_source_mapping(
    void *fn, const char *id, const ccdk_lambda_event_source_mapping_options *options);
/** The mapping's id (Ref) and ARN (arn:...:lambda:<region>:<account>:event-source-mapping:<id>). */
const char *ccdk_lambda_event_source_mapping_id(ccdk_lambda_event_source_mapping *m);
const char *ccdk_lambda_event_source_mapping_arn(ccdk_lambda_event_source_mapping *m);
ccdk_cfn_resource *ccdk_lambda_event_source_mapping_resource(ccdk_lambda_event_source_mapping *m);

/* ================================================================== event sources */

/** SqsEventSourceProps. */
typedef struct {
    ccdk_opt_num batch_size;           /* 1-10, or 1-10000 with max_batching_window */
    ccdk_duration max_batching_window; /* at most 300 seconds */
    ccdk_opt_num max_concurrency;
    ccdk_tristate report_batch_item_failures;
    ccdk_tristate enabled;
} ccdk_lambda_sqs_event_source_props;

/** new SqsEventSource(queue, props): props may be NULL. Validation errors are reported on the queue. */
ccdk_lambda_event_source *ccdk_lambda_sqs_event_source(ccdk_sqs_queue *queue, const ccdk_lambda_sqs_event_source_props *props);

/** fn.addEventSource(source): binds the source to the function (Function, Version, Alias, import). */
void ccdk_lambda_function_add_event_source(void *fn, ccdk_lambda_event_source *source);

/** The mapping the source created when bound (NULL and an error before). */
const char *ccdk_lambda_event_source_mapping_id_of(ccdk_lambda_event_source *source);
const char *ccdk_lambda_event_source_mapping_arn_of(ccdk_lambda_event_source *source);

#ifdef __cplusplus
}
#endif
#endif
