// Conformance case 'error-events-bus-policy-duplicate-sid': two EventBus.grantPutEventsTo of one sid
// under @aws-cdk/aws-events:requireEventBusPolicySid: both EventBusPolicy constructs are "cdk-<sid>"
// under the bus, aws-cdk-lib's duplicate construct id error.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const events = require('aws-cdk-lib/aws-events');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
stack.node.setContext('@aws-cdk/aws-events:requireEventBusPolicySid', true);
const bus = new events.EventBus(stack, 'Bus');
bus.grantPutEventsTo(new iam.ServicePrincipal('lambda.amazonaws.com'), 'Same');
bus.grantPutEventsTo(new iam.ServicePrincipal('sns.amazonaws.com'), 'Same');
app.synth();
