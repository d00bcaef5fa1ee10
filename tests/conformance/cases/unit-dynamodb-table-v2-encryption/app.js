// Conformance case 'unit-dynamodb-table-v2-encryption'
// Upstream: aws-dynamodb/test/table-v2.test.ts, TableEncryptionV2.dynamoOwnedKey / awsManagedKey /
// customerManagedKey (the replica's KMSMasterKeyId, replicaKeyArns for other regions), with a
// resource policy beside it and the grants on the key.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { region: 'us-west-2' } });
const partitionKey = { name: 'pk', type: dynamodb.AttributeType.STRING };
new dynamodb.TableV2(stack, 'Owned', { partitionKey, encryption: dynamodb.TableEncryptionV2.dynamoOwnedKey() });
new dynamodb.TableV2(stack, 'AwsManaged', { partitionKey, encryption: dynamodb.TableEncryptionV2.awsManagedKey() });
const key = new kms.Key(stack, 'Key');
const cmk = new dynamodb.TableV2(stack, 'Cmk', {
  partitionKey, dynamoStream: dynamodb.StreamViewType.NEW_IMAGE,
  encryption: dynamodb.TableEncryptionV2.customerManagedKey(key, { 'us-east-1': 'arn:aws:kms:us-east-1:123456789012:key/east' }),
});
cmk.addToResourcePolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] }));
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
cmk.grantReadData(role);
cmk.grantWriteData(role);
cmk.grantStreamRead(role);
cmk.grant(role, 'dynamodb:Query');
cmk.grantOnKey(role, 'kms:Verify');
cmk.grantFullAccess(new iam.User(stack, 'User'));
new cdk.CfnOutput(stack, 'KeyArn', { value: cmk.encryptionKey.keyArn });
app.synth();
