// Conformance case 'error-nested-stack-cross-region': a nested stack of an environment-agnostic
// stack that reads a resource of a stack with a region: the nested stack is the consumer of the
// cross-stack reference, and aws-cdk-lib's error names it. (An L1 resource: an L2's physical name
// would fail first, with another error.)
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer', { env: { region: 'us-east-1' } });
const topic = new cdk.CfnResource(producer, 'Events', { type: 'AWS::SNS::Topic' });
const stack = new cdk.Stack(app, 'TestStack');
const nested = new cdk.NestedStack(stack, 'Nested');
new cdk.CfnResource(nested, 'Copy', { type: 'AWS::SNS::Topic', properties: { DisplayName: topic.getAtt('TopicName') } });
app.synth();
