// Conformance case 'integ-kinesis-resource-policy': aws-cdk's integ.resource-policy.ts
// (framework-integ/test/aws-kinesis); dropped: the IntegTest; app.synth() added
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'kinesis-resource-policy');

const stream = new kinesis.Stream(stack, 'MyStream');

stream.addToResourcePolicy(new iam.PolicyStatement({
  resources: [stream.streamArn],
  actions: [
    'kinesis:DescribeStreamSummary',
    'kinesis:GetRecords',
  ],
  principals: [new iam.AccountPrincipal(stack.account)],
}));

app.synth();
