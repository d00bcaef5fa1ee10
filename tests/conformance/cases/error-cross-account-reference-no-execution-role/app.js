// Conformance case 'error-cross-account-reference-no-execution-role': a value used in a stack of
// another account whose synthesizer (CliCredentialsStackSynthesizer) has no CloudFormation
// execution role for the producer's GetStackOutputRole to trust: aws-cdk-lib's error.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const app = new cdk.App();
const data = new cdk.Stack(app, 'Data', { env: { account: '111111111111', region: 'eu-west-1' } });
const queue = new sqs.Queue(data, 'Jobs');
const other = new cdk.Stack(app, 'Other', {
  env: { account: '222222222222', region: 'eu-west-1' },
  synthesizer: new cdk.CliCredentialsStackSynthesizer(),
});
new sqs.Queue(other, 'Local', { queueName: 'local' });
new cdk.CfnOutput(other, 'JobsUrl', { value: queue.queueUrl });
app.synth();
