// Conformance case 'error-core-cross-environment-deploy-time-name-region': aws-cdk's core
// cross-environment-token.test.ts 'cannot reference a deploy-time physical name across regions,
// when crossRegionReferences=false': the producer has crossRegionReferences, the consumer (of
// another region, same account) not: the name of a queue without a physical name is an error.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'Stack1', {
  env: { account: '123456789012', region: 'bermuda-triangle-1337' },
  crossRegionReferences: true,
});
const stack2 = new cdk.Stack(app, 'Stack2', {
  env: { account: '123456789012', region: 'bermuda-triangle-42' },
  crossRegionReferences: false,
});
const myResource = new sqs.Queue(stack1, 'MyResource');
new cdk.CfnOutput(stack2, 'Output', { value: myResource.queueName });
app.synth();
