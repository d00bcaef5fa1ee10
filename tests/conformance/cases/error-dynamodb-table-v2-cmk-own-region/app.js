// error: TableEncryptionV2.customerManagedKey whose replicaKeyArns names the stack's region
// (table-v2.test.ts)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { region: 'us-west-2' } });
new dynamodb.TableV2(stack, 'Table', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  encryption: dynamodb.TableEncryptionV2.customerManagedKey(new kms.Key(stack, 'Key'), { 'us-west-2': 'arn:aws:kms:us-west-2:123456789012:key/west' }),
});
app.synth();
