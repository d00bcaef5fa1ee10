// Conformance case 'error-events-bus-default-name-cross-env': an EventBus without eventBusName
// (its default name a Lazy of Names.uniqueId: a deploy-time name) whose ARN a resource of another
// account's stack reads: no name to format it from there (Resource._enableCrossEnvironment's
// error; PhysicalName.GENERATE_IF_NEEDED as eventBusName would generate one).
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const a = new cdk.Stack(app, 'EventsStack', { env: { account: '111111111111', region: 'eu-west-1' } });
const bus = new events.EventBus(a, 'Bus');
const b = new cdk.Stack(app, 'UserStack', { env: { account: '222222222222', region: 'eu-west-1' } });
new cdk.CfnResource(b, 'Referencer', { type: 'Custom::Ref', properties: { BusArn: bus.eventBusArn } });
app.synth();
