// error: a TableV2 replica in the stack's region (table-v2.test.ts, replicas)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { region: 'us-west-2' } });
const table = new dynamodb.TableV2(stack, 'Table', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
});
{
  table.addReplica({ region: 'us-west-2' });
}
app.synth();
