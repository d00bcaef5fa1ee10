// Conformance case 'dynamodb-table-v2-generated-name': a TableV2 without tableName has the physical
// name PhysicalName.GENERATE_IF_NEEDED: used from a stack of another region its name is made
// (generatePhysicalName: the stack name's first 25 characters, the node's unique id's last 24, a
// SHA-256 of both and the environment; lowercase), set as the GlobalTable's TableName, and the
// consumer gets the name and the ARN built from it, not a reference. The consumer stack comes
// first (the name must reach the producer's template all the same); a second unnamed table used
// only in its own environment keeps no TableName; a table with a long id and a stack name over 25
// characters in a Stage exercise both truncations.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stage = new cdk.Stage(app, 'Prod');
const compute = new cdk.Stack(stage, 'Compute', { env: { account: '111111111111', region: 'eu-west-1' } });
const data = new cdk.Stack(stage, 'DataStackWithAVeryLongStackName', { env: { account: '111111111111', region: 'us-east-1' } });
const table = new dynamodb.TableV2(data, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
const other = new dynamodb.TableV2(data, 'AnotherTableWhoseConstructIdIsQuiteLong', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.NUMBER },
});
const local = new dynamodb.TableV2(data, 'LocalOnly', { partitionKey: { name: 'k', type: dynamodb.AttributeType.STRING } });
const fn = new lambda.Function(compute, 'Fn', {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  environment: { TABLE: table.tableName, OTHER_ARN: other.tableArn },
});
table.grantReadWriteData(fn);
const sameEnv = new lambda.Function(data, 'LocalFn', {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  environment: { TABLE: local.tableName, SHARED: table.tableName },
});
local.grantReadData(sameEnv);
app.synth();
