// error: a customer-managed TableV2's replica in a region replicaKeyArns lacks (at synth) (table-v2.test.ts, replicas)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { region: 'us-west-2' } });
const table = new dynamodb.TableV2(stack, 'Table', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  encryption: dynamodb.TableEncryptionV2.customerManagedKey(new kms.Key(stack, 'Key')),
});
{
  table.addReplica({ region: 'us-east-1' });
}
app.synth();
