// Conformance case 'iam-minimize-event-bus-read-order': under @aws-cdk/aws-iam:minimizePolicies a role
// of a consumer stack may put events on three event buses of a producer stack, none with a name of
// its own, granted in another order than the buses were made. eventBusArn is a memoized getter in
// aws-cdk-lib whether or not the bus is named: numbered when the grant first reads it, so the merged
// statement's resources and the producer's exports follow the grants' order. The Lazy strings make
// aws-cdk-lib's counter (a random start of 0..9) pass 100 first, so its numbers keep one width.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const iam = require('aws-cdk-lib/aws-iam');

for (let i = 0; i < 100; i++) cdk.Lazy.string({ produce: () => '' });
const app = new cdk.App({ context: { '@aws-cdk/aws-iam:minimizePolicies': true } });
const producer = new cdk.Stack(app, 'Producer');
const consumer = new cdk.Stack(app, 'Consumer');
const b0 = new events.EventBus(producer, 'Bus0');
const b1 = new events.EventBus(producer, 'Bus1');
const b2 = new events.EventBus(producer, 'Bus2');
const role = new iam.Role(consumer, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
b2.grantPutEventsTo(role);
b0.grantPutEventsTo(role);
b1.grantPutEventsTo(role);
app.synth();
