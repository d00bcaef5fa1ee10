// Conformance case 'error-core-arn-format-no-stack': aws-cdk's core arn.test.ts 'cannot rely on
// defaults when stack not known': Arn.format without a stack and without partition, region and
// account (aws-cdk-lib's error, without a path).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new cdk.CfnOutput(stack, 'Arn', { value: cdk.Arn.format({ service: 'sqs', resource: 'myqueuename' }) });
app.synth();
