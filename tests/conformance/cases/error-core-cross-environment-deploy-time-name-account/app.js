// Conformance case 'error-core-cross-environment-deploy-time-name-account': aws-cdk's core
// cross-environment-token.test.ts 'cannot reference a deploy-time physical name across
// environments': the name of a queue without a physical name used in a stack of another account.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'Stack1', { env: { account: '123456789012', region: 'bermuda-triangle-1337' } });
const stack2 = new cdk.Stack(app, 'Stack2', { env: { account: '234567890123', region: 'bermuda-triangle-42' } });
const myResource = new sqs.Queue(stack1, 'MyResource');
new cdk.CfnOutput(stack2, 'Output', { value: myResource.queueName });
app.synth();
