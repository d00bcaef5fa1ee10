// Conformance case 'error-events-bus-from-attributes-malformed': EventBus.fromEventBusAttributes with
// an eventBusArn that is not an ARN (ImportedEventBus's splitArn error).
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
events.EventBus.fromEventBusAttributes(stack, 'Imported', { eventBusName: 'bus', eventBusArn: 'arn:aws:events', eventBusPolicy: '' });
app.synth();
