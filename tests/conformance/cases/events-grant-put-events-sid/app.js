// Conformance case 'events-grant-put-events-sid': EventBus.grantPutEventsTo(grantee, sid) under
// @aws-cdk/aws-events:requireEventBusPolicySid (set on the stack): an EventBusPolicy "cdk-<sid>" per
// grantee without a policy (a service, an account; a sid with non-alphanumerics; one cut to 64
// characters), a role's policy statement (its sid unused), an imported bus's warning, and
// addToResourcePolicy of a statement with a sid; with the flag off (stack Off) a sid changes nothing.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const events = require('aws-cdk-lib/aws-events');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
stack.node.setContext('@aws-cdk/aws-events:requireEventBusPolicySid', true);
const bus = new events.EventBus(stack, 'Bus');
bus.grantPutEventsTo(new iam.ServicePrincipal('lambda.amazonaws.com'), 'AllowLambda');
bus.grantPutEventsTo(new iam.AccountPrincipal('999999999999'), 'Allow.Other-Account_1');
bus.grantPutEventsTo(new iam.ServicePrincipal('sns.amazonaws.com'), 'A'.repeat(70));
bus.grantPutEventsTo(new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }), 'Unused');
const imported = events.EventBus.fromEventBusArn(stack, 'Imported', 'arn:aws:events:us-east-1:999999999999:event-bus/other');
imported.grantPutEventsTo(new iam.ServicePrincipal('sns.amazonaws.com'), 'Sid1');
bus.addToResourcePolicy(new iam.PolicyStatement({
  sid: 'Direct',
  actions: ['events:PutEvents', 'events:PutRule'],
  resources: [bus.eventBusArn],
  principals: [new iam.AnyPrincipal()],
  conditions: { StringEquals: { 'aws:PrincipalOrgID': 'o-123' } },
}));
const off = new cdk.Stack(app, 'Off');
off.node.setContext('@aws-cdk/aws-events:requireEventBusPolicySid', false);
new events.EventBus(off, 'Bus').grantPutEventsTo(new iam.ServicePrincipal('lambda.amazonaws.com'), 'Sid2');
app.synth();
