// Conformance case 'unit-dynamodb-grant-on-key'
// Table.grantOnKey: the actions on the table's customer-managed key (a made one, a given one), and
// nothing for a table without one (aws-dynamodb/lib/table.ts, TableBase.grantOnKey).
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const partitionKey = { name: 'id', type: dynamodb.AttributeType.STRING };
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const made = new dynamodb.Table(stack, 'Made', { partitionKey, encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED });
made.grantOnKey(role, 'kms:Decrypt');
const key = new kms.Key(stack, 'Key');
const given = new dynamodb.Table(stack, 'Given', { partitionKey, encryptionKey: key });
given.grantOnKey(new iam.User(stack, 'User'), 'kms:Encrypt', 'kms:GenerateDataKey*');
const plain = new dynamodb.Table(stack, 'Plain', { partitionKey });
plain.grantOnKey(role, 'kms:Decrypt');
new cdk.CfnOutput(stack, 'HasKey', { value: String(plain.grantOnKey(role, 'kms:Decrypt').grant !== undefined) });
app.synth();
