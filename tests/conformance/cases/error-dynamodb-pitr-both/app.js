// error: a dynamodb.Table given both pointInTimeRecoverySpecification and the deprecated pointInTimeRecovery
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new dynamodb.Table(stack, 'Table', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  pointInTimeRecovery: true,
  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
});
app.synth();
