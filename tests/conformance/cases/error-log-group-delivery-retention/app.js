// Conformance case 'error-log-group-delivery-retention': a retention on a log group of the DELIVERY class.
'use strict';
const cdk = require('aws-cdk-lib');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new logs.LogGroup(stack, 'MyLogGroup', {
  logGroupClass: logs.LogGroupClass.DELIVERY,
  retention: logs.RetentionDays.ONE_WEEK,
});

app.synth();
