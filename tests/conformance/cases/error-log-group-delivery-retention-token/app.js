// Conformance case 'error-log-group-delivery-retention-token': a retention from a Number parameter
// (a token) on a log group of the DELIVERY class: the same error as a literal retention.
'use strict';
const cdk = require('aws-cdk-lib');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const parameter = new cdk.CfnParameter(stack, 'RetentionInDays', { default: 30, type: 'Number' });
new logs.LogGroup(stack, 'MyLogGroup', {
  logGroupClass: logs.LogGroupClass.DELIVERY,
  retention: parameter.valueAsNumber,
});

app.synth();
