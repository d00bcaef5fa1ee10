// Conformance case 'error-dynamodb-key-with-default-encryption': a Table encryptionKey with TableEncryption.DEFAULT
// Ported from aws-cdk: aws-dynamodb/test/dynamodb.test.ts, 'fails if encryption key is used with default encryption'.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const encryptionKey = new kms.Key(stack, 'Key', { enableKeyRotation: true });
new dynamodb.Table(stack, 'Table A', {
  tableName: 'MyTable', partitionKey: { name: 'hashKey', type: dynamodb.AttributeType.STRING }, encryption: dynamodb.TableEncryption.DEFAULT, encryptionKey,
});
app.synth();
