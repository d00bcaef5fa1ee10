// Conformance case 'events-grant-put-events-no-policy': EventBus.grantPutEventsTo a principal without
// a policy (a service, an account), @aws-cdk/aws-events:requireEventBusPolicySid off (set on the
// stack): aws-cdk-lib warns "Unable to grant PutEvents to service principal" and grants nothing; an
// imported bus the same; a role gets its policy statement.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const events = require('aws-cdk-lib/aws-events');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
stack.node.setContext('@aws-cdk/aws-events:requireEventBusPolicySid', false);
const bus = new events.EventBus(stack, 'Bus');
bus.grantPutEventsTo(new iam.ServicePrincipal('lambda.amazonaws.com'));
bus.grantPutEventsTo(new iam.AccountPrincipal('999999999999'));
const imported = events.EventBus.fromEventBusArn(stack, 'Imported', 'arn:aws:events:us-east-1:999999999999:event-bus/other');
imported.grantPutEventsTo(new iam.ServicePrincipal('sns.amazonaws.com'));
bus.grantPutEventsTo(new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
app.synth();
