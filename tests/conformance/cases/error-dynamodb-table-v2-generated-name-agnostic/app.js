// Conformance case 'error-dynamodb-table-v2-generated-name-agnostic': an unnamed TableV2 in an
// environment-agnostic stack used from a stack with an environment: its PhysicalName.GENERATE_IF_NEEDED
// name cannot be made (generatePhysicalName needs the region and account).
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const data = new cdk.Stack(app, 'Data');
const table = new dynamodb.TableV2(data, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
const compute = new cdk.Stack(app, 'Compute', { env: { account: '111111111111', region: 'eu-west-1' } });
new lambda.Function(compute, 'Fn', {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  environment: { TABLE: table.tableName },
});
app.synth();
