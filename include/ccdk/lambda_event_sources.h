/* ccdk/lambda_event_sources.h - event sources for Lambda functions (aws-lambda-event-sources) and
 * lambda.EventSourceMapping. */
#ifndef CCDK_LAMBDA_EVENT_SOURCES_H
#define CCDK_LAMBDA_EVENT_SOURCES_H

#include "ccdk/lambda.h"
#include "ccdk/s3.h"
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

/** fn.addEventSourceMapping(id, options): a mapping under the function (Function, Version, Alias,
 *  import), owned by the App. Bad options are aws-cdk-lib's errors on the mapping. Differs from the
 *  rule: NULL for NULL (no error) or for a construct that is not an IFunction (an error on its App). */
ccdk_lambda_event_source_mapping *ccdk_lambda_function_add_event_source_mapping(
    void *fn, const char *id, const ccdk_lambda_event_source_mapping_options *options);
/** mapping.eventSourceMappingId (Ref), eventSourceMappingArn
 *  (arn:...:lambda:<region>:<account>:event-source-mapping:<id>) and the CfnEventSourceMapping;
 *  owned by the App. NULL for NULL, without an error. */
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

/** new SqsEventSource(queue, props): props may be NULL. Validation errors are aws-cdk-lib's, reported
 *  on the queue. Owned by the queue's App. A NULL or non-construct queue is an error on the
 *  process-wide list; a usable source is returned all the same (never NULL). */
ccdk_lambda_event_source *ccdk_lambda_sqs_event_source(ccdk_sqs_queue *queue, const ccdk_lambda_sqs_event_source_props *props);

/** fn.addEventSource(source): binds the source to the function (Function, Version, Alias, import).
 *  A NULL fn or source is ignored; a construct that is not an IFunction: an error on its App. */
void ccdk_lambda_function_add_event_source(void *fn, ccdk_lambda_event_source *source);

/** source.eventSourceMappingId / eventSourceMappingArn: of the mapping the source created when
 *  bound, owned by the App. Before it is bound: aws-cdk-lib's error on the queue, and "" (the
 *  getter stays defined). NULL for a NULL source. */
const char *ccdk_lambda_event_source_mapping_id_of(ccdk_lambda_event_source *source);
const char *ccdk_lambda_event_source_mapping_arn_of(ccdk_lambda_event_source *source);

/* ================================================================== S3EventSource
 * (src/lambda/event_source_s3.c) */

/** S3EventSourceProps: the events (required: CCDK_S3_OBJECT_CREATED, ... of ccdk/s3.h) and key
 *  filters (optional). */
typedef struct {
    ccdk_strs events;
    ccdk_s3_notification_key_filter_list filters;
} ccdk_lambda_s3_event_source_props;

/** new S3EventSource(bucket, props): bound with fn.addEventSource, it adds one notification per
 *  event to the bucket (bucket.addEventNotification(event, new LambdaDestination(fn), ...filters)).
 *  The lists are copied. Owned by the bucket's App. A NULL or non-construct bucket is an error on
 *  the process-wide list; a usable source is returned all the same (never NULL). It makes no event
 *  source mapping: ccdk_lambda_event_source_mapping_id_of/_arn_of give NULL for it. */
ccdk_lambda_event_source *ccdk_lambda_s3_event_source(ccdk_s3_bucket *bucket, const ccdk_lambda_s3_event_source_props *props);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_lambda_function_add_event_source_mapping(fn, ...) ccdk_lambda_function_add_event_source_mapping(CCDK_LAMBDA_IFUNCTION(fn), __VA_ARGS__)
#define ccdk_lambda_function_add_event_source(fn, ...) ccdk_lambda_function_add_event_source(CCDK_LAMBDA_IFUNCTION(fn), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
