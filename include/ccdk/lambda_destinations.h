/* ccdk/lambda_destinations.h - aws-lambda-destinations: where asynchronous invocation results go
 * (onSuccess / onFailure of a Function, Version or Alias, or of configureAsyncInvoke). */
#ifndef CCDK_LAMBDA_DESTINATIONS_H
#define CCDK_LAMBDA_DESTINATIONS_H

#include "ccdk/core.h"
#include "ccdk/lambda.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ccdk_lambda_destination (IDestination) is declared in ccdk/lambda.h.
 * Bound to a function imported without a role (its grantPrincipal an UnknownPrincipal): a Lambda
 * (not response_only), SQS, SNS or S3 destination's grant asks for the principal's policy fragment,
 * aws-cdk-lib's error without a path "Cannot get policy fragment of <function path>, resource
 * imported without a role"; an EventBridge or response_only Lambda destination only warns on the
 * import ("Add statement to this resource's role: ..."). */

/** LambdaDestinationOptions */
typedef struct {
    /** Send only the function's response payload (through an EventBridge rule on the default bus,
     *  as aws-cdk-lib does), instead of the whole invocation record. */
    ccdk_tristate response_only;
} ccdk_lambda_destinations_lambda_destination_options;

/** new LambdaDestination(fn, options): fn is a Function, Version, Alias or imported function;
 *  options may be NULL. Binding grants invoke to the source function (or, response_only, adds an
 *  events.Rule "Success"/"Failure" under the EventInvokeConfig and binds the default event bus).
 *  Owned by fn's App. A construct that is not an IFunction is an error on its App, NULL one on the
 *  process-wide list; a destination that binds to nothing is returned all the same (never NULL). */
ccdk_lambda_destination *ccdk_lambda_destinations_lambda_destination(
    void *fn, const ccdk_lambda_destinations_lambda_destination_options *options);
/** new EventBridgeDestination(eventBus): event_bus_arn is the ARN of the bus (an events.EventBus's
 *  eventBusArn, or of an import); NULL means the account's default bus, imported as
 *  "DefaultEventBus" under the EventInvokeConfig as aws-cdk-lib does. Binding grants
 *  events:PutEvents. Owned by owner's App; a bad owner goes to the process-wide list; never NULL. */
ccdk_lambda_destination *ccdk_lambda_destinations_event_bridge_destination(void *owner, const char *event_bus_arn);
/** new EventBridgeDestination(eventBus) given the bus itself: an events.EventBus or an import
 *  (ccdk_events_event_bus_from_event_bus_arn / _name / _attributes). Binding is the bus's
 *  grantPutEventsTo(fn): events:PutEvents on the bus's eventBusArn for the source function; the
 *  destination is that ARN (a reference when the bus is in another stack). For the default bus
 *  (EventBridgeDestination()), give ccdk_lambda_destinations_event_bridge_destination a NULL ARN.
 *  Owned by the bus's App; a NULL bus is an error on the process-wide list, and a destination that
 *  binds to nothing is returned all the same (never NULL). */
ccdk_lambda_destination *ccdk_lambda_destinations_event_bridge_destination_from_bus(ccdk_events_event_bus *event_bus);
/** new SqsDestination(queue) (binding: queue.grantSendMessages) and new SnsDestination(topic)
 *  (binding: topic.grantPublish). Owned by the queue's (topic's) App. NULL is an error on the
 *  process-wide list; a destination that binds to nothing is returned all the same (never NULL). */
ccdk_lambda_destination *ccdk_lambda_destinations_sqs_destination(ccdk_sqs_queue *queue);
ccdk_lambda_destination *ccdk_lambda_destinations_sns_destination(ccdk_sns_topic *topic);
/** new S3Destination(bucket): binding grants bucket.grantRead and bucket.grantPut to the source
 *  function; the destination is the bucket's ARN. Owned by the bucket's App; NULL as above. */
ccdk_lambda_destination *ccdk_lambda_destinations_s3_destination(ccdk_s3_bucket *bucket);

/** DestinationType: what a destination is bound for (the function's onSuccess or onFailure). */
typedef enum {
    CCDK_LAMBDA_DESTINATION_ON_FAILURE = 1, /* "Failure" */
    CCDK_LAMBDA_DESTINATION_ON_SUCCESS      /* "Success" */
} ccdk_lambda_destination_type;
/** IDestination.bind(scope, fn, {type}) of a destination of your own: scope is the EventInvokeConfig
 *  (a scope for constructs the destination makes), fn the function whose invocations it receives (a
 *  ccdk_lambda_function *, ccdk_lambda_version * or ccdk_lambda_alias *, cast back from void *).
 *  Returns DestinationConfig.destination: the destination's ARN (a literal or a token), copied; NULL
 *  writes none. */
typedef const char *(*ccdk_lambda_destination_bind_fn)(ccdk_construct *scope, void *fn, ccdk_lambda_destination_type type,
                                                        void *ctx);
/** A destination of your own (an object implementing lambda.IDestination, as
 *  `{ bind: () => ({ destination: arn }) }`): bind runs when an onSuccess/onFailure it is given to is
 *  bound. Owned by owner's App; a bad owner goes to the process-wide list; a NULL bind is an error on
 *  the App and gives NULL. */
ccdk_lambda_destination *ccdk_lambda_destination_new(void *owner, ccdk_lambda_destination_bind_fn bind, void *ctx);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_lambda_destinations_lambda_destination(fn, ...) ccdk_lambda_destinations_lambda_destination(CCDK_LAMBDA_IFUNCTION(fn), __VA_ARGS__)
#define ccdk_lambda_destinations_event_bridge_destination(owner, ...) ccdk_lambda_destinations_event_bridge_destination(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_lambda_destination_new(owner, ...) ccdk_lambda_destination_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
