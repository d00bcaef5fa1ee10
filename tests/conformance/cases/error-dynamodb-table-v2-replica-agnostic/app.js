// error: a TableV2 replica in a region-agnostic stack
// (aws-dynamodb/test/table-v2.test.ts, 'throws if defining non-default replica table in region agnostic stack')
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new dynamodb.TableV2(stack, 'Table', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  replicas: [{ region: 'us-east-1' }],
});
app.synth();
