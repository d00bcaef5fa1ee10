// Conformance case 'integ-sns-fifo-no-name': aws-cdk's integ.sns-fifo.no-name.ts (framework-integ/test/aws-sns);
// dropped: the IntegTest
'use strict';
const cdk = require('aws-cdk-lib');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();

const stack = new cdk.Stack(app, 'aws-cdk-sns-fifo-1');

new sns.Topic(stack, 'MyTopic', {
  fifo: true,
});

app.synth();
