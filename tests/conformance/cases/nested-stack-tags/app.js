// Conformance case 'nested-stack-tags': tags that reach a nested stack (Tags.of on the App, on the
// parent, on the nested stack itself) tag its resources, and -- copied from the nested stack's own
// tag manager when its template is prepared, after the parent's tags the aspect gave it -- its
// AWS::CloudFormation::Stack resource.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { tags: { owner: 'ops' } });
const nested = new cdk.NestedStack(stack, 'Nested');
new sqs.Queue(nested, 'Jobs');
new sqs.Queue(stack, 'Outside');
cdk.Tags.of(app).add('team', 'orders');
cdk.Tags.of(nested).add('tier', 'backend');
cdk.Tags.of(stack).add('cost', 'shared');
app.synth();
