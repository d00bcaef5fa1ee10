// Conformance case 'unit-dynamodb-table'
// Upstream: aws-dynamodb/test/dynamodb.test.ts, the Table, stream, encryption, grant and import tests
// a Lambda event source or a Lambda reading or writing a table uses, a stack per test.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const S = (id) => new cdk.Stack(app, id);
const TABLE_PARTITION_KEY = { name: 'hashKey', type: dynamodb.AttributeType.STRING };
const TABLE_SORT_KEY = { name: 'sortKey', type: dynamodb.AttributeType.NUMBER };
const ID_KEY = { name: 'id', type: dynamodb.AttributeType.STRING };

// 'default properties': 'hash key only', 'removalPolicy is DESTROY', 'hash + range key'
new dynamodb.Table(S('HashKeyOnly'), 'MyTable', { partitionKey: TABLE_PARTITION_KEY });
new dynamodb.Table(S('RemovalDestroy'), 'MyTable', { partitionKey: TABLE_PARTITION_KEY, removalPolicy: cdk.RemovalPolicy.DESTROY });
new dynamodb.Table(S('HashRangeKey'), 'MyTable', { partitionKey: TABLE_PARTITION_KEY, sortKey: TABLE_SORT_KEY });
// 'can specify new and old images', 'new images only', 'old images only'
for (const [id, stream] of [['NewAndOldImages', dynamodb.StreamViewType.NEW_AND_OLD_IMAGES],
  ['NewImages', dynamodb.StreamViewType.NEW_IMAGE], ['OldImages', dynamodb.StreamViewType.OLD_IMAGE]]) {
  new dynamodb.Table(S(id), 'MyTable', {
    tableName: 'MyTable', readCapacity: 42, writeCapacity: 1337, stream,
    partitionKey: TABLE_PARTITION_KEY, sortKey: TABLE_SORT_KEY,
  });
}
// 'when specifying sse with customer managed CMK'
{
  const table = new dynamodb.Table(S('SseCmk'), 'MyTable', {
    tableName: 'MyTable', encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED, partitionKey: TABLE_PARTITION_KEY,
  });
  cdk.Tags.of(table).add('Environment', 'Production');
}
// 'when specifying only encryptionKey'
{
  const stack = S('SseKeyOnly');
  const encryptionKey = new kms.Key(stack, 'Key', { enableKeyRotation: true });
  const table = new dynamodb.Table(stack, 'MyTable', { tableName: 'MyTable', encryptionKey, partitionKey: TABLE_PARTITION_KEY });
  cdk.Tags.of(table).add('Environment', 'Production');
}
// 'when specifying sse with customer managed CMK with encryptionKey provided by user'
{
  const stack = S('SseCmkGivenKey');
  const encryptionKey = new kms.Key(stack, 'Key', { enableKeyRotation: true });
  const table = new dynamodb.Table(stack, 'MyTable', {
    tableName: 'MyTable', encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED, encryptionKey, partitionKey: TABLE_PARTITION_KEY,
  });
  cdk.Tags.of(table).add('Environment', 'Production');
}
// 'if an encryption key is included, encrypt/decrypt permissions are added to the principal' (and for grantWriteData)
{
  const stack = S('CmkGrantReadWrite');
  const table = new dynamodb.Table(stack, 'Table A', {
    tableName: 'MyTable', partitionKey: TABLE_PARTITION_KEY, encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
  });
  table.grantReadWriteData(new iam.User(stack, 'MyUser'));
}
{
  const stack = S('CmkGrantWrite');
  const table = new dynamodb.Table(stack, 'Table A', {
    tableName: 'MyTable', partitionKey: TABLE_PARTITION_KEY, encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
  });
  table.grantWriteData(new iam.User(stack, 'MyUser'));
}
// 'when specifying PAY_PER_REQUEST billing mode'
new dynamodb.Table(S('PayPerRequest'), 'MyTable', {
  tableName: 'MyTable', billingMode: dynamodb.BillingMode.PAY_PER_REQUEST, partitionKey: TABLE_PARTITION_KEY,
});
// '"grantStreamRead" allows principal to read and describe the table stream"'
{
  const stack = S('GrantStreamRead');
  const table = new dynamodb.Table(stack, 'my-table', { partitionKey: ID_KEY, stream: dynamodb.StreamViewType.NEW_IMAGE });
  table.grantStreamRead(new iam.User(stack, 'user'));
}
// 'grant for an imported table'
{
  const stack = S('GrantImported');
  const table = dynamodb.Table.fromTableName(stack, 'MyTable', 'my-table');
  table.grant(new iam.User(stack, 'user'), 'dynamodb:*');
}
// import: 'static fromTableArn(arn) ...', 'static fromTableName(name) ...' (the names as outputs)
{
  const stack = S('ImportFromArn');
  const table = dynamodb.Table.fromTableArn(stack, 'ImportedTable', 'arn:aws:dynamodb:us-east-1:11111111:table/MyTable');
  table.grantReadData(new iam.Role(stack, 'NewRole', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') }));
  new cdk.CfnOutput(stack, 'TableArn', { value: table.tableArn });
  new cdk.CfnOutput(stack, 'TableName', { value: table.tableName });
}
{
  const stack = S('ImportFromName');
  const table = dynamodb.Table.fromTableName(stack, 'ImportedTable', 'MyTable');
  table.grantReadWriteData(new iam.Role(stack, 'NewRole', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') }));
  new cdk.CfnOutput(stack, 'TableArn', { value: table.tableArn });
  new cdk.CfnOutput(stack, 'TableName', { value: table.tableName });
}
// 'stream permissions on imported tables': 'creates the correct stream read grant'
{
  const stack = S('ImportedStreamRead');
  const table = dynamodb.Table.fromTableAttributes(stack, 'ImportedTable', {
    tableName: 'MyTable', tableStreamArn: 'arn:foo:bar:baz:TrustMeThisIsATableStream',
  });
  table.grantStreamRead(new iam.Role(stack, 'NewRole', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') }));
}

app.synth();
