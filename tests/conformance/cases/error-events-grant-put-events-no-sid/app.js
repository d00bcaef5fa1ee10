// Conformance case 'error-events-grant-put-events-no-sid': EventBus.grantPutEventsTo a service
// principal under @aws-cdk/aws-events:requireEventBusPolicySid (set on the stack) without a sid:
// aws-cdk-lib's "Event Bus policy statements must have a sid" on the bus.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const events = require('aws-cdk-lib/aws-events');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
stack.node.setContext('@aws-cdk/aws-events:requireEventBusPolicySid', true);
new events.EventBus(stack, 'Bus').grantPutEventsTo(new iam.ServicePrincipal('lambda.amazonaws.com'));
app.synth();
