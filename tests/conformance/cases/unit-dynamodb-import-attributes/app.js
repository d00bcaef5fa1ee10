// Conformance case 'unit-dynamodb-import-attributes'
// Upstream: aws-dynamodb/test/dynamodb.test.ts, 'stream permissions on imported tables': 'if an
// encryption key is included, encrypt/decrypt permissions are added to the principal for
// grantStreamRead', 'creates the correct index grant if indexes have been provided when
// importing', 'creates the index permissions if grantIndexPermissions is provided' (a stack per
// test); then the key in the data grants, empty index lists and grantIndexPermissions false.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const S = (id) => new cdk.Stack(app, id);
const tableStreamArn = 'arn:foo:bar:baz:TrustMeThisIsATableStream';
const role = (stack, id) => new iam.Role(stack, id, { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });

{
  const stack = S('StreamReadKey');
  const encryptionKey = new kms.Key(stack, 'Key', { enableKeyRotation: true });
  const table = dynamodb.Table.fromTableAttributes(stack, 'ImportedTable', { tableName: 'MyTable', tableStreamArn, encryptionKey });
  table.grantStreamRead(role(stack, 'NewRole'));
}
{
  const stack = S('Indexes');
  const table = dynamodb.Table.fromTableAttributes(stack, 'ImportedTable', {
    tableName: 'MyTableName', globalIndexes: ['global'], localIndexes: ['local'],
  });
  table.grantReadData(new iam.Role(stack, 'Role', { assumedBy: new iam.AnyPrincipal() }));
}
{
  const stack = S('GrantIndexPermissions');
  const table = dynamodb.Table.fromTableAttributes(stack, 'ImportedTable', { tableName: 'MyTableName', grantIndexPermissions: true });
  table.grantReadData(new iam.Role(stack, 'Role', { assumedBy: new iam.AnyPrincipal() }));
}
{
  const stack = S('KeyDataGrants');
  const encryptionKey = new kms.Key(stack, 'Key');
  const table = dynamodb.Table.fromTableAttributes(stack, 'ImportedTable', {
    tableArn: 'arn:aws:dynamodb:us-east-1:111111111111:table/T', encryptionKey, localIndexes: ['l'],
  });
  table.grantReadData(role(stack, 'Reader'));
  table.grantWriteData(role(stack, 'Writer'));
  table.grantReadWriteData(role(stack, 'ReaderWriter'));
  table.grantFullAccess(role(stack, 'Admin'));
  table.grant(role(stack, 'Custom'), 'dynamodb:Query');
  table.grantOnKey(role(stack, 'OnKey'), 'kms:Decrypt');
  new cdk.CfnOutput(stack, 'KeyArn', { value: table.encryptionKey.keyArn });
}
{
  const stack = S('NoIndexes');
  const table = dynamodb.Table.fromTableAttributes(stack, 'ImportedTable', {
    tableName: 'T', globalIndexes: [], localIndexes: [], grantIndexPermissions: false,
  });
  table.grantReadData(role(stack, 'Role'));
}
app.synth();
