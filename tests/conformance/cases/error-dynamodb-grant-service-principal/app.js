// error: a DynamoDB table's grant* given a ServicePrincipal grantee (TableGrants.actions)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
table.grantReadData(new iam.ServicePrincipal('lambda.amazonaws.com'));
app.synth();
