// Conformance case 'dynamodb-table-grants': a Table, a TableV2 and an imported table granted to
// functions with grantReadData, grantWriteData, grantReadWriteData, grantFullAccess and grant()
// (aws-dynamodb TableGrants: the read statements' principal-only actions, the Table's index ARN
// Lazy that produces nothing, the TableV2's single resource).
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TableGrants');
const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
const v2 = new dynamodb.TableV2(stack, 'TableV2', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
const imported = dynamodb.Table.fromTableName(stack, 'Imported', 'orders');
const fn = (id) => new lambda.Function(stack, id, {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
});
table.grantReadData(fn('Reader'));
table.grantWriteData(fn('Writer'));
const both = fn('ReaderWriter');
table.grantReadWriteData(both);
v2.grantReadWriteData(both);
table.grantFullAccess(fn('Admin'));
imported.grantReadData(fn('ImportReader'));
table.grant(fn('Putter'), 'dynamodb:PutItem', 'dynamodb:GetItem');
app.synth();
