// Conformance case 'destinations-event-bridge-bus-handle': EventBridgeDestination(eventBus) given the
// bus (ccdk_lambda_destinations_event_bridge_destination_from_bus): a new bus, buses imported by ARN,
// by name and by attributes, a bus of another stack (its ARN exported and imported), and the same
// destination on an imported function without a role (the UnknownPrincipal warning) and on an
// alias's configureAsyncInvoke; beside them EventBridgeDestination() (the default bus).
// Upstream: aws-lambda-destinations/test/destinations.test.ts 'event bus as destination'.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const lambda = require('aws-cdk-lib/aws-lambda');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');

const app = new cdk.App();
const busStack = new cdk.Stack(app, 'BusStack', { env: { account: '123456789012', region: 'eu-west-1' } });
const shared = new events.EventBus(busStack, 'Shared', { eventBusName: 'shared-bus' });
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'eu-west-1' } });

const lambdaProps = {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_22_X,
};

const own = new events.EventBus(stack, 'Own');
const byArn = events.EventBus.fromEventBusArn(stack, 'ByArn', 'arn:aws:events:eu-west-1:123456789012:event-bus/by-arn');
const byName = events.EventBus.fromEventBusName(stack, 'ByName', 'by-name');
const byAttrs = events.EventBus.fromEventBusAttributes(stack, 'ByAttrs', {
  eventBusName: 'by-attrs',
  eventBusArn: 'arn:aws:events:eu-west-1:123456789012:event-bus/by-attrs',
});

new lambda.Function(stack, 'OwnFunction', {
  ...lambdaProps,
  onSuccess: new destinations.EventBridgeDestination(own),
  onFailure: new destinations.EventBridgeDestination(),
});
new lambda.Function(stack, 'ImportedBusFunction', {
  ...lambdaProps,
  onSuccess: new destinations.EventBridgeDestination(byArn),
  onFailure: new destinations.EventBridgeDestination(byName),
});
const fn = new lambda.Function(stack, 'AliasFunction', lambdaProps);
const alias = fn.addAlias('live');
alias.configureAsyncInvoke({
  onSuccess: new destinations.EventBridgeDestination(byAttrs),
  onFailure: new destinations.EventBridgeDestination(shared),
  retryAttempts: 1,
});
const imported = lambda.Function.fromFunctionAttributes(stack, 'Imported', {
  functionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:imported',
});
imported.configureAsyncInvoke({ onFailure: new destinations.EventBridgeDestination(own) });

app.synth();
